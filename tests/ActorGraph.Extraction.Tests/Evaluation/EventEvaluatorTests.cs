using ActorGraph.Core.Events;
using ActorGraph.Extraction.Evaluation;
using ActorGraph.Extraction.Tests.Relations;

namespace ActorGraph.Extraction.Tests.Evaluation;

public sealed class EventEvaluatorTests
{
    private static string GoldFile => Path.Combine(AppContext.BaseDirectory, "Fixtures", "gold-small.jsonl");

    private static async Task<EvaluationReport> ScoreSmallGoldAsync() =>
        EventEvaluator.Evaluate(new EventExtractor(Extracted.Knowledge), await GoldReader.ReadAsync(GoldFile));

    [Fact]
    public async Task Events_without_a_plover_type_are_not_scored()
    {
        var gold = await GoldReader.ReadAsync(GoldFile);

        Assert.Equal(5, gold.Count);
        Assert.Single(gold.Single(s => s.Id == "g4").Events);
        Assert.Empty(gold.Single(s => s.Id == "g5").Events);
    }

    [Fact]
    public async Task Reversed_actors_match_only_for_mutual_types_and_a_wrong_type_still_counts_at_the_pair_level()
    {
        var report = await ScoreSmallGoldAsync();

        // g1 right at every level; g2 reversed ACCUSE matches nowhere; g3 ACCUSE for REJECT matches quad and pair;
        // g4's protest is never found; g5's praise was coded by nobody.
        Assert.Equal(4, report[MatchLevel.Type].Gold);
        Assert.Equal(1, report[MatchLevel.Type].GoldMatched);
        Assert.Equal(2, report[MatchLevel.Quad].GoldMatched);
        Assert.Equal(2, report[MatchLevel.Pair].GoldMatched);
        Assert.Equal(4, report[MatchLevel.Type].Predicted);
        Assert.Equal(1, report[MatchLevel.Type].PredictedMatched);
        Assert.Equal(0.25, report[MatchLevel.Type].Precision, 3);
        Assert.Equal(0.25, report[MatchLevel.Type].Recall, 3);
        Assert.Equal(0.5, report[MatchLevel.Pair].F1, 3);
    }

    [Fact]
    public async Task Misses_that_match_at_no_level_come_before_those_with_the_right_actors()
    {
        var report = await ScoreSmallGoldAsync();

        Assert.Equal(["g2", "g4", "g3"], report.Misses.Select(m => m.SentenceId).ToArray());
        Assert.Null(report.Misses[0].BestLevel);
        Assert.Equal(MatchLevel.Quad, report.Misses[2].BestLevel);
        Assert.Equal(3, report.FalseEvents.Count);
        Assert.Equal(MatchLevel.Quad, report.FalseEvents[^1].BestLevel);
    }

    [Fact]
    public async Task Recall_is_reported_for_each_type_in_the_gold()
    {
        var report = await ScoreSmallGoldAsync();

        Assert.Equal([PloverType.Consult, PloverType.Accuse, PloverType.Reject, PloverType.Protest], report.PerType.Select(t => t.Type).ToArray());
        Assert.Equal(1.0, report.PerType[0].Recall);
        Assert.Equal(0.0, report.PerType[1].Recall);
    }

    [Theory]
    [InlineData("{\"id\":\"a\"}", "missing \"text\"")]
    [InlineData("{\"text\":\"x\"}", "missing \"id\"")]
    [InlineData("{\"id\":\"a\",\"text\":\"x\",\"events\":[{\"plover\":\"HUG\"}]}", "unknown PLOVER type \"HUG\"")]
    [InlineData("{broken", "not valid JSON")]
    public void A_bad_record_names_the_file_line_and_problem(string line, string problem)
    {
        var e = Assert.Throws<GoldFormatException>(() => GoldReader.Parse(line, "gold.jsonl", 7));

        Assert.StartsWith("gold.jsonl:7: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }
}
