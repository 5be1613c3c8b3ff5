using ActorGraph.Core.Articles;
using ActorGraph.Core.Events;

namespace ActorGraph.Extraction.Evaluation;

/// <summary>Scores an extractor against gold records with the rules of docs/evaluation.md.</summary>
public static class EventEvaluator
{
    private static readonly MatchLevel[] Levels = [MatchLevel.Type, MatchLevel.Quad, MatchLevel.Pair];

    /// <summary>Extracts from every record's text (date unknown) and scores every event the extractor returns, whatever its modality.</summary>
    public static EvaluationReport Evaluate(EventExtractor extractor, IEnumerable<GoldSentence> gold, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(gold);
        var predictedMatched = new int[Levels.Length];
        var goldMatched = new int[Levels.Length];
        int predictedCount = 0, goldCount = 0, sentences = 0;
        var perType = new Dictionary<PloverType, (int Matched, int Gold)>();
        var misses = new List<EvaluationError>();
        var falseEvents = new List<EvaluationError>();
        foreach (var sentence in gold)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sentences++;
            var predicted = extractor.Extract(new Article(sentence.Id, null, sentence.Text, null));
            predictedCount += predicted.Count;
            goldCount += sentence.Events.Count;
            foreach (var p in predicted)
            {
                var best = BestLevel(sentence.Events, g => GoldMatch.Matches(p, g, MatchLevel.Type), g => GoldMatch.Matches(p, g, MatchLevel.Quad), g => GoldMatch.Matches(p, g, MatchLevel.Pair));
                Count(predictedMatched, best);
                if (best != MatchLevel.Type)
                {
                    falseEvents.Add(new EvaluationError(sentence.Id, sentence.Text, null, p, best));
                }
            }

            foreach (var g in sentence.Events)
            {
                var best = BestLevel(predicted, p => GoldMatch.Matches(p, g, MatchLevel.Type), p => GoldMatch.Matches(p, g, MatchLevel.Quad), p => GoldMatch.Matches(p, g, MatchLevel.Pair));
                Count(goldMatched, best);
                var (m, n) = perType.GetValueOrDefault(g.Type);
                perType[g.Type] = (m + (best == MatchLevel.Type ? 1 : 0), n + 1);
                if (best != MatchLevel.Type)
                {
                    misses.Add(new EvaluationError(sentence.Id, sentence.Text, g, null, best));
                }
            }
        }

        var levels = Levels.Select((l, i) => new LevelScore(l, predictedMatched[i], predictedCount, goldMatched[i], goldCount)).ToList();
        var types = perType.OrderBy(kv => kv.Key).Select(kv => new TypeRecall(kv.Key, kv.Value.Matched, kv.Value.Gold)).ToList();
        return new EvaluationReport(sentences, levels, types, Worst(misses), Worst(falseEvents));
    }

    // The tightest level matched: counted at that level and every looser one.
    private static MatchLevel? BestLevel<T>(IEnumerable<T> candidates, Func<T, bool> type, Func<T, bool> quad, Func<T, bool> pair) =>
        candidates.Any(type) ? MatchLevel.Type : candidates.Any(quad) ? MatchLevel.Quad : candidates.Any(pair) ? MatchLevel.Pair : null;

    private static void Count(int[] counts, MatchLevel? best)
    {
        for (var i = 0; i < Levels.Length; i++)
        {
            if (best is { } b && b <= Levels[i])
            {
                counts[i]++;
            }
        }
    }

    // Worst first: wrong at every level before right actors with the wrong type; then the surer a false event, the worse.
    private static List<EvaluationError> Worst(List<EvaluationError> errors) =>
        errors.OrderBy(e => e.BestLevel is null ? 0 : e.BestLevel == MatchLevel.Quad ? 2 : 1)
            .ThenByDescending(e => e.Predicted?.Evidence.Confidence ?? 0)
            .ToList();
}
