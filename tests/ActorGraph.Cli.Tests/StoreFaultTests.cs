using System.Globalization;
using ActorGraph.Tests.Shared;

namespace ActorGraph.Cli.Tests;

public sealed class StoreFaultTests : IDisposable
{
    private readonly StoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [MountFact]
    public async Task Every_read_command_works_on_a_store_in_a_read_only_folder()
    {
        var folder = Directory.CreateDirectory(_folder.File("readonly")).FullName;
        var store = await _folder.SmallWorldAsync(Path.Combine("readonly", "world.db"));

        using (Mounts.ReadOnly(folder))
        {
            string[][] commands =
            [
                ["stats"], ["actors"], ["path", "Erdoğan", "Putin"], ["neighbours", "Russia"], ["align", "Russia", "Ukraine"],
                ["export", "--format", "graphml"], ["stats", "--format", "json"],
            ];
            foreach (var command in commands)
            {
                var result = await CliProcess.RunAsync(_folder.Path, null, [.. command, "--store", store]);

                Assert.True(result.ExitCode == 0, $"{string.Join(' ', command)}: exit {result.ExitCode}\n{result.Stderr}");
                Assert.Equal("", result.Stderr);
            }

            var json = await CliProcess.RunAsync(_folder.Path, null, "stats", "--format", "json", "--store", store);
            Assert.Contains("\"articles\":2", json.Stdout, StringComparison.Ordinal);
        }
    }

    [MountFact]
    public async Task Ingest_into_a_read_only_folder_is_one_error_line_naming_the_store_with_exit_code_3()
    {
        var folder = Directory.CreateDirectory(_folder.File("readonly")).FullName;
        var store = await _folder.SmallWorldAsync(Path.Combine("readonly", "world.db"));
        var article = _folder.File("xi.txt");
        await File.WriteAllTextAsync(article, "Talks\n\nChinese President Xi Jinping held talks with Vladimir Putin on Thursday.\n");
        var before = await File.ReadAllBytesAsync(store);

        CliResult result;
        using (Mounts.ReadOnly(folder))
        {
            result = await CliProcess.RunAsync(_folder.Path, null, "ingest", article, "--store", store);
        }

        Assert.Equal(3, result.ExitCode);
        var error = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {store} ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(store));
    }

    [MountFact]
    public async Task Ingest_onto_a_full_disk_keeps_what_it_stored_says_so_in_one_error_line_and_a_rerun_stores_the_rest()
    {
        using var disk = Mounts.Tmpfs(_folder.File("small-disk"), kilobytes: 400);
        var store = Path.Combine(disk.Path, "graph.db");
        var inputs = Directory.CreateDirectory(_folder.File("articles")).FullName;
        const int Articles = 300;
        for (var i = 0; i < Articles; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(inputs, string.Create(CultureInfo.InvariantCulture, $"a{i:000}.txt")), string.Create(CultureInfo.InvariantCulture,
                $"Report {i}\n\nVladimir Putin held talks with Xi Jinping in Moscow on Monday about trade item {i}. Emmanuel Macron criticised Olaf Scholz over item {i}.\n"));
        }

        var full = await CliProcess.RunAsync(_folder.Path, null, "ingest", inputs, "--store", store, "--batch-size", "20");

        Assert.Equal(3, full.ExitCode);
        var error = Assert.Single(full.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {store} cannot be written: the disk is full (SQLite error 13)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", full.Stderr, StringComparison.Ordinal);
        var stored = int.Parse(System.Text.RegularExpressions.Regex.Match(full.Stdout, @"articles: (\d+) new").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(stored, 1, Articles - 1);

        disk.Grow(kilobytes: 64 * 1024);
        var rerun = await CliProcess.RunAsync(_folder.Path, null, "ingest", inputs, "--store", store, "--batch-size", "20");

        Assert.Equal((0, ""), (rerun.ExitCode, rerun.Stderr));
        Assert.Contains($"articles: {Articles - stored} new, {stored} skipped", rerun.Stdout, StringComparison.Ordinal);
    }
}
