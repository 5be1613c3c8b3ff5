namespace ActorGraph.Extraction.Evaluation;

/// <summary>The scores of one evaluation run and its errors, worst first.</summary>
/// <param name="Sentences">Gold records scored.</param>
/// <param name="Levels">Scores at the type, quad and pair levels, in that order.</param>
/// <param name="PerType">Recall per PLOVER type present in the gold.</param>
/// <param name="Misses">Gold events not matched at the type level, worst (matched at no level) first.</param>
/// <param name="FalseEvents">Predicted events matching no gold event at the type level, worst first.</param>
public sealed record EvaluationReport(
    int Sentences,
    IReadOnlyList<LevelScore> Levels,
    IReadOnlyList<TypeRecall> PerType,
    IReadOnlyList<EvaluationError> Misses,
    IReadOnlyList<EvaluationError> FalseEvents)
{
    /// <summary>The score at one level.</summary>
    public LevelScore this[MatchLevel level] => Levels.First(l => l.Level == level);
}
