using System.Text;
using System.Text.Json;

namespace ActorGraph.Cli.Tests;

public sealed class ExtractCommandTests
{
    [Fact]
    public async Task Jsonl_output_is_one_contract_object_per_event_and_nothing_else()
    {
        using var folder = new StoreFolder();
        File.WriteAllText(Path.Combine(folder.Path, "xi-visit.txt"),
            "Xi in Moscow\n\nChinese President Xi Jinping held talks with Russian President Vladimir Putin in Moscow on Thursday.");

        var result = await CliProcess.RunAsync(folder.Path, null, "extract", "xi-visit.txt", "--format", "jsonl", "--published", "2025-05-09");

        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var doc = JsonDocument.Parse(line);
        var e = doc.RootElement;
        Assert.Equal(["article", "type", "mode", "quad", "source", "target", "date", "datePrecision", "modality", "sentence", "sentenceIndex", "span", "confidence"],
            e.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("xi-visit.txt", e.GetProperty("article").GetString());
        Assert.Equal("CONSULT", e.GetProperty("type").GetString());
        Assert.Equal("meet", e.GetProperty("mode").GetString());
        Assert.Equal("verbal_cooperation", e.GetProperty("quad").GetString());
        Assert.Equal("person/xi-jinping", e.GetProperty("source").GetProperty("id").GetString());
        Assert.Equal("CHN", e.GetProperty("source").GetProperty("country").GetString());
        Assert.Equal("person", e.GetProperty("source").GetProperty("kind").GetString());
        Assert.Equal("person/vladimir-putin", e.GetProperty("target").GetProperty("id").GetString());
        Assert.Equal("2025-05-08", e.GetProperty("date").GetString());
        Assert.Equal("day", e.GetProperty("datePrecision").GetString());
        Assert.Equal("asserted", e.GetProperty("modality").GetString());
        Assert.Equal(0, e.GetProperty("sentenceIndex").GetInt32());
        Assert.Equal(2, e.GetProperty("span").GetArrayLength());
    }

    [Fact]
    public async Task Bad_inputs_are_reported_one_line_each_while_good_ones_still_print()
    {
        using var folder = new StoreFolder();
        File.WriteAllText(Path.Combine(folder.Path, "good.txt"), "Title\n\nBritain condemned Russia on Friday.");
        File.WriteAllBytes(Path.Combine(folder.Path, "broken.txt"), [0x54, 0x69, 0x0A, 0x0A, 0xC3, 0x28]);
        File.WriteAllText(Path.Combine(folder.Path, "lines.jsonl"),
            "{\"id\":\"a1\",\"title\":\"t\",\"text\":\"France criticised Iran.\",\"published\":\"2025-01-02\"}\n{not json\n", Encoding.UTF8);

        var result = await CliProcess.RunAsync(folder.Path, null, "extract", ".", "--format", "jsonl", "--published", "2025-06-02");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var errors = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(errors, l => l.Contains("broken.txt", StringComparison.Ordinal) && l.Contains("invalid UTF-8", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.Contains("lines.jsonl:2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Table_is_the_default_format()
    {
        using var folder = new StoreFolder();
        File.WriteAllText(Path.Combine(folder.Path, "a.txt"), "Title\n\nBritain condemned Russia on Friday.");

        var result = await CliProcess.RunAsync(folder.Path, null, "extract", "a.txt", "--published", "2025-06-02");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ACCUSE", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 events", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_published_date_is_rejected_with_its_value()
    {
        using var folder = new StoreFolder();
        var result = await CliProcess.RunAsync(folder.Path, null, "extract", ".", "--published", "May 2025");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("'May 2025' is not a date", result.Stderr, StringComparison.Ordinal);
    }
}
