using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;

namespace ActorGraph.Query;

/// <summary>Summary edges numbered as dense indices, with their endpoints, type and packed timeline.</summary>
public interface IRelationSet : IActorSet
{
    /// <summary>Number of summary edges; edges are numbered from zero to one less than this.</summary>
    int RelationCount { get; }

    /// <summary>The latest event date on any edge, or null for a graph without events.</summary>
    DateOnly? LatestDate { get; }

    /// <summary>The source vertex of an edge (the smaller id for symmetric types).</summary>
    int SourceOf(int edge);

    /// <summary>The target vertex of an edge.</summary>
    int TargetOf(int edge);

    /// <summary>The PLOVER type of an edge.</summary>
    PloverType TypeOf(int edge);

    /// <summary>The edge's events as packed <see cref="EventStamp"/> values, ascending.</summary>
    ReadOnlySpan<int> TimelineOf(int edge);

    /// <summary>The edge as a summary; its timeline is a view over the graph's storage, not a copy.</summary>
    RelationSummary GetRelation(int edge);
}
