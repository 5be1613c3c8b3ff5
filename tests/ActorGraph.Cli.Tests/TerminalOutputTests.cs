using ActorGraph.Core.Events;

namespace ActorGraph.Cli.Tests;

public sealed class TerminalOutputTests : IDisposable
{
    private const string Steering = "\u001b]0;owned\u0007\u001b[2J\u202e\u0000\u009b";

    // File names cannot hold NUL.
    private const string FileSteering = "\u001b]0;owned\u0007\u001b[2J\u202e\u009b";

    private readonly StoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Actor_names_with_terminal_controls_are_printed_as_visible_escapes()
    {
        var evil = Some.Actor("person/evil", "Evil" + Steering + "Name", Core.Actors.ActorKind.Person);
        var russia = Some.Actor("country/RUS", "Russia", country: "RUS");
        var store = await _folder.StoreAsync("evil.db", Some.Article("a1", (evil, PloverType.Consult, russia, "Evil")));

        var actors = await CliProcess.RunAsync(_folder.Path, null, "actors", "--store", store);
        var neighbours = await CliProcess.RunAsync(_folder.Path, null, "neighbours", "Russia", "--store", store);

        foreach (var result in new[] { actors, neighbours })
        {
            Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
            AssertNoSteering(result.Stdout);
            Assert.Contains(@"Evil\x1B]0;owned\x07\x1B[2J\u202E\x00\x9BName", result.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task File_names_with_terminal_controls_are_escaped_in_progress_and_error_lines()
    {
        var inputs = Directory.CreateDirectory(_folder.File("in")).FullName;
        await File.WriteAllTextAsync(Path.Combine(inputs, "good" + FileSteering + ".txt"), "Talks\n\nChinese President Xi Jinping held talks with Vladimir Putin on Thursday.\n");
        await File.WriteAllTextAsync(Path.Combine(inputs, "bad" + FileSteering + ".json"), "{\"id\": ");

        var ingest = await CliProcess.RunAsync(_folder.Path, null, "ingest", inputs, "--store", _folder.File("g.db"));
        var extract = await CliProcess.RunAsync(_folder.Path, null, "extract", inputs);

        foreach (var result in new[] { ingest, extract })
        {
            Assert.Equal(1, result.ExitCode);
            AssertNoSteering(result.Stdout + result.Stderr);
            Assert.Contains(@"bad\x1B]0;owned\x07\x1B[2J\u202E\x9B.json", result.Stderr, StringComparison.Ordinal);
        }

        Assert.Contains(@"good\x1B]0;owned\x07\x1B[2J\u202E\x9B.txt: 1 article", ingest.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_extract_table_in_a_pipe_keeps_every_event_on_one_line_at_full_width()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "SampleArticles");

        var jsonl = await CliProcess.RunAsync(_folder.Path, null, "extract", samples, "--format", "jsonl");
        var table = await CliProcess.RunAsync(_folder.Path, null, "extract", samples);

        Assert.Equal(0, table.ExitCode);
        var events = jsonl.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        var rows = table.Stdout.Split('\n').Where(line => line.StartsWith('│')).ToList();
        Assert.Equal(events + 1, rows.Count);
        Assert.Contains(rows, row => row.Contains("Vladimir Putin", StringComparison.Ordinal));
        // A row wrapped onto a second line would leave the article column of that line empty.
        Assert.All(rows.Skip(1), row => Assert.NotEqual("", row.Split('│')[1].Trim()));
    }

    private static void AssertNoSteering(string text)
    {
        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u0007', text);
        Assert.DoesNotContain('\u202e', text);
        Assert.DoesNotContain('\u0000', text);
        Assert.DoesNotContain('\u009b', text);
    }
}
