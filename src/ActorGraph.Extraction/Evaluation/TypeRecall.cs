using ActorGraph.Core.Events;

namespace ActorGraph.Extraction.Evaluation;

/// <summary>How many gold events of one type were found at the type level.</summary>
/// <param name="Type">The PLOVER type.</param>
/// <param name="Matched">Gold events of the type matched.</param>
/// <param name="Gold">Gold events of the type.</param>
public sealed record TypeRecall(PloverType Type, int Matched, int Gold)
{
    /// <summary>Matched over gold (0 when there is none).</summary>
    public double Recall => Gold == 0 ? 0 : Matched / (double)Gold;
}
