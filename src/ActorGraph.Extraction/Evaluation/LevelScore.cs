namespace ActorGraph.Extraction.Evaluation;

/// <summary>Precision, recall and F1 at one match level.</summary>
/// <param name="Level">The match level.</param>
/// <param name="PredictedMatched">Predicted events that match some gold event of their sentence.</param>
/// <param name="Predicted">All predicted events.</param>
/// <param name="GoldMatched">Gold events matched by some predicted event of their sentence.</param>
/// <param name="Gold">All gold events.</param>
public sealed record LevelScore(MatchLevel Level, int PredictedMatched, int Predicted, int GoldMatched, int Gold)
{
    /// <summary>Matched predictions over predictions (0 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 0 : PredictedMatched / (double)Predicted;

    /// <summary>Matched gold events over gold events (0 when there is no gold).</summary>
    public double Recall => Gold == 0 ? 0 : GoldMatched / (double)Gold;

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
