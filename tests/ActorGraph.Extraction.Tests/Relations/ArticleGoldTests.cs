using ActorGraph.Core.Events;
using Xunit.Abstractions;

namespace ActorGraph.Extraction.Tests.Relations;

public sealed class ArticleGoldTests(ITestOutputHelper output)
{
    private static string SampleFolder => Path.Combine(AppContext.BaseDirectory, "SampleArticles");

    [Fact]
    public async Task Sample_articles_meet_precision_and_recall_targets_against_their_gold_relations()
    {
        var articles = await ArticleCorpus.ReadAsync(SampleFolder);
        var gold = File.ReadAllLines(Path.Combine(SampleFolder, "gold.tsv")).Skip(1)
            .Select(l => l.Split('\t'))
            .Select(f => (Article: f[0], Expected: new ExpectedEvent(f[1], f[2], null, f[3], "asserted", null)))
            .ToList();
        Assert.True(articles.Count >= 30, $"only {articles.Count} sample articles were read");

        int tp = 0, fp = 0, fn = 0;
        var extractor = new EventExtractor(Extracted.Knowledge);
        foreach (var article in articles)
        {
            var produced = extractor.Extract(article).Where(e => e.Modality == Modality.Asserted)
                .DistinctBy(e => (e.Source.Id, e.Type, e.Target.Id)).ToList();
            var expected = gold.Where(g => g.Article == article.Id).Select(g => g.Expected).ToList();
            foreach (var exp in expected)
            {
                var hit = produced.FirstOrDefault(e => FixtureScore.Matches(e, exp));
                if (hit is null)
                {
                    fn++;
                    output.WriteLine($"{article.Id} MISSED {exp.Source} {exp.Type} {exp.Target}");
                }
                else
                {
                    tp++;
                    produced.Remove(hit);
                }
            }

            foreach (var e in produced.Where(e => !expected.Any(x => FixtureScore.Matches(e, x))))
            {
                fp++;
                output.WriteLine($"{article.Id} SPURIOUS {e.Source.Id} {e.Type.ToName()} {e.Target.Id} :: {e.Evidence.Sentence}");
            }
        }

        var precision = tp / (double)Math.Max(1, tp + fp);
        var recall = tp / (double)Math.Max(1, tp + fn);
        output.WriteLine($"articles {articles.Count} TP {tp} FP {fp} FN {fn} precision {precision:F3} recall {recall:F3}");
        Assert.True(precision >= 0.85, $"precision {precision:F3} < 0.85");
        // The issue aims at 0.7 on unseen articles; this floor guards against regressions below what we measured (README, Extraction quality).
        Assert.True(recall >= 0.68, $"recall {recall:F3} < 0.68");
    }
}
