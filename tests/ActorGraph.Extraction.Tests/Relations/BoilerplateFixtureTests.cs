namespace ActorGraph.Extraction.Tests.Relations;

public sealed class BoilerplateFixtureTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "boilerplate");

    [Fact]
    public async Task Articles_wrapped_in_boilerplate_yield_only_their_body_relation()
    {
        var expected = File.ReadAllLines(Path.Combine(Folder, "expected.tsv")).Skip(1).Select(l => l.Split('\t')).ToList();
        var articles = await ArticleCorpus.ReadAsync(Folder);
        var extractor = new EventExtractor(Extracted.Knowledge);
        Assert.Equal(expected.Count, articles.Count);
        foreach (var article in articles)
        {
            // Text and HTML articles are named by file; a JSON line by its id, which starts with the file's name.
            var row = expected.Single(f => f[0] == article.Id || article.Id.StartsWith(Path.GetFileNameWithoutExtension(f[0]), StringComparison.Ordinal));
            var events = extractor.Extract(article).Select(e => $"{e.Source.Id} {e.Type.ToString().ToUpperInvariant()} {e.Target.Id}").Distinct().ToList();
            var want = new ExpectedEvent(row[1], row[2], null, row[3], "asserted", null);
            Assert.True(events.Count == 1, $"{article.Id}: expected only '{row[1]} {row[2]} {row[3]}', got [{string.Join("; ", events)}]");
            Assert.True(extractor.Extract(article).All(e => FixtureScore.Matches(e, want)), $"{article.Id}: got [{string.Join("; ", events)}]");
        }
    }
}
