using ActorGraph.Core.Events;
using ActorGraph.Query.Search;

namespace ActorGraph.Query.Alignment;

/// <summary>Event counts by quad class between two actors, and the weighted sums the score is made of.</summary>
internal struct Tally
{
    public int VerbalCooperation;
    public int MaterialCooperation;
    public int VerbalConflict;
    public int MaterialConflict;

    public readonly double Cooperation => VerbalCooperation + (ActorAlignment.MaterialWeight * MaterialCooperation);

    public readonly double Conflict => VerbalConflict + (ActorAlignment.MaterialWeight * MaterialConflict);

    public readonly int Events => VerbalCooperation + MaterialCooperation + VerbalConflict + MaterialConflict;

    public readonly double Score => Cooperation + Conflict == 0 ? 0 : (Cooperation - Conflict) / (Cooperation + Conflict);

    /// <summary>The score pulled towards zero by a prior of <see cref="ActorAlignment.RankingPrior"/> weighted events, for ranking only.</summary>
    public readonly double Shrunk => (Cooperation - Conflict) / (Cooperation + Conflict + ActorAlignment.RankingPrior);

    public void Add(IRelationSet graph, in EdgeFilter filter, int edge)
    {
        var type = graph.TypeOf(edge);
        var count = filter.Count(graph.TimelineOf(edge), out _);
        switch (type.Quad())
        {
            case QuadClass.VerbalCooperation: VerbalCooperation += count; break;
            case QuadClass.MaterialCooperation: MaterialCooperation += count; break;
            case QuadClass.VerbalConflict: VerbalConflict += count; break;
            default: MaterialConflict += count; break;
        }
    }
}
