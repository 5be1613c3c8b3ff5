using System.Text.Json;

namespace ActorGraph.Cli.Tests;

public sealed class EvalCommandTests
{
    private const string Gold =
        "{\"id\":\"a\",\"text\":\"Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Moscow.\",\"events\":[{\"plover\":\"CONSULT\",\"source_name\":\"Putin\",\"source_iso3\":\"RUS\",\"target_name\":\"Xi\",\"target_iso3\":\"CHN\"}]}\n"
        + "{\"id\":\"b\",\"text\":\"France criticised Iran.\",\"events\":[{\"plover\":\"REJECT\",\"source_name\":\"France\",\"source_iso3\":\"FRA\",\"target_name\":\"Iran\",\"target_iso3\":\"IRN\"}]}\n";

    [Fact]
    public async Task Json_report_gives_each_level_and_the_worst_errors_with_their_sentences()
    {
        using var folder = new StoreFolder();
        File.WriteAllText(Path.Combine(folder.Path, "gold.jsonl"), Gold);

        var result = await CliProcess.RunAsync(folder.Path, null, "eval", "events", "gold.jsonl", "--format", "json", "--errors", "5");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var r = doc.RootElement;
        Assert.Equal(2, r.GetProperty("sentences").GetInt32());
        Assert.Equal(0.5, r.GetProperty("type").GetProperty("recall").GetDouble());
        Assert.Equal(1.0, r.GetProperty("quad").GetProperty("recall").GetDouble());
        Assert.Equal(1.0, r.GetProperty("pair").GetProperty("precision").GetDouble());
        Assert.Equal(0.0, r.GetProperty("recallByType").GetProperty("REJECT").GetProperty("recall").GetDouble());
        var miss = Assert.Single(r.GetProperty("misses").EnumerateArray());
        Assert.Equal("France criticised Iran.", miss.GetProperty("text").GetString());
        Assert.Equal("quad", miss.GetProperty("matchedAt").GetString());
        Assert.Single(r.GetProperty("falseEvents").EnumerateArray());
    }

    [Fact]
    public async Task Table_report_lists_misses_only_when_asked()
    {
        using var folder = new StoreFolder();
        File.WriteAllText(Path.Combine(folder.Path, "gold.jsonl"), Gold);

        var quiet = await CliProcess.RunAsync(folder.Path, null, "eval", "events", "gold.jsonl");
        var loud = await CliProcess.RunAsync(folder.Path, null, "eval", "events", "gold.jsonl", "--errors", "1");

        Assert.Equal(0, quiet.ExitCode);
        Assert.Contains("CONSULT", quiet.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("MISS", quiet.Stdout, StringComparison.Ordinal);
        Assert.Contains("MISS b France [FRA] REJECT Iran [IRN] (matches at quad level) :: France criticised Iran.", loud.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_gold_line_is_one_error_naming_file_and_line()
    {
        using var folder = new StoreFolder();
        File.WriteAllText(Path.Combine(folder.Path, "gold.jsonl"), Gold + "{\"id\":\"c\"}\n");

        var result = await CliProcess.RunAsync(folder.Path, null, "eval", "events", "gold.jsonl");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("error: gold.jsonl:3: missing \"text\"", result.Stderr, StringComparison.Ordinal);
    }
}
