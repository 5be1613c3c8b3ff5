using ActorGraph.Core.Events;
using ActorGraph.Extraction;
using ActorGraph.Extraction.Input;
using ActorGraph.Extraction.Knowledge;
using ActorGraph.Query;
using ActorGraph.Query.Alignment;
using ActorGraph.Query.Neighbourhoods;
using ActorGraph.Query.Paths;
using ActorGraph.Storage.Sqlite;

namespace ActorGraph.Cli.Tests;

/// <summary>Runs the README's "From C#" example as written, on the shipped sample articles.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public async Task Readme_library_example_answers_on_the_sample_articles()
    {
        using var folder = new StoreFolder();
        var samples = Path.Combine(AppContext.BaseDirectory, "SampleArticles");
        var lines = new List<string>();

        // --- README example starts (Console.WriteLine replaced by lines.Add) ---
        var extractor = new EventExtractor(ExtractionKnowledge.Load());
        var reader = new ArticleFileReader(new ArticleInputOptions());
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("graph.db"));
        foreach (var file in ArticleFileReader.ExpandPaths([samples]).Files)
        {
            var input = await reader.ReadFileAsync(file);
            await store.IngestAsync([.. input.Articles.Select(a => new Core.Storage.ExtractedArticle(a, extractor.Extract(a)))]);
        }

        var graph = await ActorGraphSnapshot.LoadAsync(store);
        var xi = graph.Lookup.Find("Xi Jinping").Id;
        var zelensky = graph.Lookup.Find("zelensky").Id;

        var path = graph.ShortestPath(xi, zelensky, RelationFilter.Default with { Since = new DateOnly(2025, 1, 1) });
        foreach (var hop in path!.Hops)
        {
            lines.Add($"{hop.From.Name} -{string.Join('/', hop.Types)}- {hop.To.Name}");
            await foreach (var e in hop.EvidenceAsync(store))
            {
                lines.Add($"    {e.Date:yyyy-MM-dd} {e.Evidence.Sentence}");
            }
        }

        foreach (var met in graph.WhoMet(graph.Lookup.Find("Putin").Id, new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 31)))
        {
            lines.Add($"met Putin in May 2025: {met.With.Name} ({met.Count}x)");
        }

        var score = graph.Alignment(graph.Lookup.Find("Putin").Id, xi);
        lines.Add($"Putin-Xi alignment {score.Score:+0.00;-0.00}");
        // --- README example ends ---

        Assert.Equal(2, path.Hops.Count);
        Assert.Contains(lines, l => l.StartsWith("met Putin in May 2025: Xi Jinping", StringComparison.Ordinal));
        Assert.Contains("Putin-Xi alignment +1.00", lines);
        Assert.Contains(lines, l => l.StartsWith("    2025-", StringComparison.Ordinal));
    }
}
