using Xunit.Abstractions;

namespace ActorGraph.Extraction.Tests.Relations;

public sealed class SentenceFixtureTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<SentenceRow> Rows = SentenceRow.Load();

    [Fact]
    public void Sentence_suite_meets_precision_and_recall_targets()
    {
        var score = FixtureScore.Of(Rows);
        foreach (var miss in score.Misses)
        {
            output.WriteLine(miss);
        }

        output.WriteLine($"TP {score.TruePositives} FP {score.FalsePositives} FN {score.FalseNegatives} precision {score.Precision:F3} recall {score.Recall:F3}");
        Assert.True(score.Precision >= 0.85, $"precision {score.Precision:F3} < 0.85");
        Assert.True(score.Recall >= 0.70, $"recall {score.Recall:F3} < 0.70");
    }

    [Fact]
    public void Negated_and_boilerplate_rows_yield_no_event()
    {
        var offenders = Rows.Where(r => r.Expected.Count == 0)
            .Select(r => (Row: r, Events: Extracted.Of(r.Text, r.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))))
            .Where(x => x.Events.Count > 0)
            .Select(x => $"line {x.Row.Line}: {string.Join(", ", x.Events.Select(e => $"{e.Source.Id} {e.Type} {e.Target.Id}"))} :: {x.Row.Text}")
            .ToList();
        Assert.True(offenders.Count == 0, string.Join('\n', offenders));
    }

    [Fact]
    public void Every_relation_type_has_at_least_three_positive_rows()
    {
        var counts = Rows.SelectMany(r => r.Expected).GroupBy(e => e.Type).ToDictionary(g => g.Key, g => g.Count());
        foreach (var type in Core.Events.Plover.Types)
        {
            Assert.True(counts.GetValueOrDefault(Core.Events.Plover.ToName(type)) >= 3, $"{type} has fewer than three rows");
        }
    }
}
