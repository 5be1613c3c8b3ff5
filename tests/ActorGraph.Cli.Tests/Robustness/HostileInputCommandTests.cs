using System.Text;

namespace ActorGraph.Cli.Tests.Robustness;

/// <summary>The issue's poison files, run through the real CLI: clear <c>error:</c> lines, documented exit codes, no article lost.</summary>
public sealed class HostileInputCommandTests : IDisposable
{
    private const string Talks = "Xi Jinping held talks with Vladimir Putin.";
    private readonly StoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Extract_reads_a_name_followed_by_an_emoji()
    {
        var file = Write("e.txt", [.. "T\nPutin"u8, 0xF0, 0x9F, 0x98, 0x80, .. " met Xi.\n"u8]);

        var result = await CliProcess.RunAsync(_folder.Path, null, "extract", file, "--format", "jsonl", "--published", "2025-05-09");

        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        Assert.Contains("\"type\":\"CONSULT\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_stores_every_good_article_beside_the_poison_files()
    {
        var deep = new StringBuilder("<html><body><article>").Insert(21, "<span>", 20_000).Append($"<p>{Talks}</p></article></body></html>");
        var inputs = Folder(
            ("deep.html", Encoding.UTF8.GetBytes(deep.ToString())),
            ("deep-div.html", Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 2_000)) + $"<p>{Talks}</p></body></html>")),
            ("lone.json", Encoding.UTF8.GetBytes("{\"id\":\"lone\",\"text\":\"Vladimir Putin held talks with Xi Jinping \\ud800.\"}")),
            ("ends.jsonl", Encoding.UTF8.GetBytes(
                "{\"id\":\"first\",\"published\":\"0001-01-01\",\"text\":\"Vladimir Putin held talks with Xi Jinping yesterday.\"}\n"
                + "{\"id\":\"last\",\"published\":\"9999-12-31\",\"text\":\"Vladimir Putin will hold talks with Xi Jinping next week.\"}\n")),
            ("air.txt", Encoding.UTF8.GetBytes("T\nZelensky met Putin to talk about Ukraine's air\n")),
            ("good.txt", Encoding.UTF8.GetBytes($"T\n{Talks}\n")));

        var result = await CliProcess.RunAsync(_folder.Path, null, "ingest", inputs, "--published", "2025-05-09");

        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        Assert.Contains("articles: 7 new, 0 skipped, 0 replaced, 0 failed", result.Stdout, StringComparison.Ordinal);
        var stats = await CliProcess.RunAsync(_folder.Path, null, "stats", "--format", "json");
        Assert.Contains("\"articles\":7", stats.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("extract", "0")]
    [InlineData("extract", "-5")]
    [InlineData("ingest", "0")]
    public async Task A_file_size_limit_below_one_byte_is_an_error_line_and_exit_code_2(string command, string limit)
    {
        var file = Write("good.txt", Encoding.UTF8.GetBytes($"T\n{Talks}\n"));

        var result = await CliProcess.RunAsync(_folder.Path, null, command, file, "--max-file-bytes", limit);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: --max-file-bytes must be at least 1 (got {limit})", result.Stderr.Trim());
    }

    [Fact]
    public async Task Failed_counts_inputs_not_error_lines()
    {
        // A UTF-16 .jsonl of five lines is one failed file, not five malformed lines; an empty .jsonl is reported too.
        var lines = string.Concat(Enumerable.Range(1, 5).Select(i => $"{{\"id\":\"a{i}\",\"text\":\"{Talks}\"}}\n"));
        var inputs = Folder(
            ("wide.jsonl", Encoding.Unicode.GetBytes(lines)),
            ("empty.jsonl", []),
            ("mixed.jsonl", Encoding.UTF8.GetBytes($"{{\"id\":\"ok\",\"text\":\"{Talks}\"}}\n{{bad\n{{\"id\":\"ok\",\"text\":\"again\"}}\n")),
            ("good.txt", Encoding.UTF8.GetBytes($"T\n{Talks}\n")));

        var result = await CliProcess.RunAsync(_folder.Path, null, "ingest", inputs, "--published", "2025-05-09");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("articles: 2 new, 0 skipped, 0 replaced, 4 failed", result.Stdout, StringComparison.Ordinal);
        var errors = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(errors, e => Assert.StartsWith("error: ", e, StringComparison.Ordinal));
        Assert.Contains(errors, e => e.EndsWith("wide.jsonl: not UTF-8: the file looks like UTF-16 without a byte order mark (zero bytes between its letters); save it as UTF-8", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.EndsWith("empty.jsonl: empty file: expected one JSON article object per line", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Extract_reads_a_folder_with_a_symlink_loop_once()
    {
        var inputs = Folder(("good.txt", Encoding.UTF8.GetBytes($"T\n{Talks}\n")));
        Directory.CreateSymbolicLink(Path.Combine(inputs, "loop"), ".");
        Directory.CreateSymbolicLink(Path.Combine(inputs, "up"), "..");

        var result = await CliProcess.RunAsync(_folder.Path, null, "extract", inputs, "--format", "jsonl", "--published", "2025-05-09");

        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [NotRootFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task An_unreadable_folder_is_an_error_line_and_exit_code_1()
    {
        var inputs = Folder(("good.txt", Encoding.UTF8.GetBytes($"T\n{Talks}\n")), ("locked/b.txt", Encoding.UTF8.GetBytes($"T\n{Talks}\n")));
        var locked = Path.Combine(inputs, "locked");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var result = await CliProcess.RunAsync(_folder.Path, null, "extract", inputs, "--format", "jsonl", "--published", "2025-05-09");

            Assert.Equal(1, result.ExitCode);
            Assert.StartsWith($"error: {locked}: cannot read folder:", result.Stderr, StringComparison.Ordinal);
            Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private string Write(string name, byte[] bytes)
    {
        var path = _folder.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Folder(params (string Name, byte[] Bytes)[] files)
    {
        var folder = Directory.CreateDirectory(_folder.File("inputs")).FullName;
        foreach (var (name, bytes) in files)
        {
            var path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }

        return folder;
    }
}

/// <summary>A fact skipped when the tests run as root, who can read any folder whatever its mode.</summary>
internal sealed class NotRootFactAttribute : FactAttribute
{
    public NotRootFactAttribute()
    {
        if (!OperatingSystem.IsWindows() && Environment.UserName == "root")
        {
            Skip = "root reads folders whatever their mode, so an unreadable folder cannot be made";
        }
    }
}
