using ActorGraph.Core.Actors;

namespace ActorGraph.Query.Alignment;

/// <summary>
/// How far two actors pull together over a window: <c>(C − K) / (C + K)</c> in [−1, 1], where C and K are the
/// cooperative and conflictual events between them (either direction), each material event counting
/// <see cref="ActorAlignment.MaterialWeight"/> and each verbal one 1; zero when they have no such events.
/// </summary>
/// <param name="First">One actor.</param>
/// <param name="Second">The other actor.</param>
/// <param name="Score">The signed score: 1 all cooperation, −1 all conflict.</param>
/// <param name="VerbalCooperation">AGREE, CONSULT, SUPPORT and CONCEDE events.</param>
/// <param name="MaterialCooperation">COOPERATE, AID and RETREAT events.</param>
/// <param name="VerbalConflict">REQUEST, ACCUSE, REJECT and THREATEN events.</param>
/// <param name="MaterialConflict">PROTEST, SANCTION, MOBILIZE, COERCE and ASSAULT events.</param>
public sealed record AlignmentScore(
    Actor First,
    Actor Second,
    double Score,
    int VerbalCooperation,
    int MaterialCooperation,
    int VerbalConflict,
    int MaterialConflict)
{
    /// <summary>Cooperative events, unweighted.</summary>
    public int Cooperative => VerbalCooperation + MaterialCooperation;

    /// <summary>Conflictual events, unweighted.</summary>
    public int Conflictual => VerbalConflict + MaterialConflict;

    /// <summary>Every event counted.</summary>
    public int Events => Cooperative + Conflictual;
}
