using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;

namespace ActorGraph.Query.Tests.Support;

/// <summary>Builds small graphs in tests: actors named by id, edges with their event dates.</summary>
internal sealed class SomeGraph
{
    private readonly Dictionary<string, StoredActor> actors = [];
    private readonly List<RelationSummary> relations = [];

    public static SomeGraph With(params string[] ids)
    {
        var graph = new SomeGraph();
        foreach (var id in ids)
        {
            graph.Actor(id);
        }

        return graph;
    }

    public IReadOnlyList<StoredActor> Actors => [.. actors.Values];

    public IReadOnlyList<RelationSummary> Relations => relations;

    public SomeGraph Actor(string id, string? name = null, ActorKind kind = ActorKind.State, string? country = null, params string[] aliases)
    {
        var actorId = Id(id);
        var actor = new Actor(actorId, name ?? actorId.Value[(actorId.Value.IndexOf('/', StringComparison.Ordinal) + 1)..], kind, country);
        actors[actorId.Value] = new StoredActor(actor, [actor.Name, .. aliases], 0);
        return this;
    }

    /// <summary>An edge with one asserted event per date (one on 2024-01-01 when no date is given).</summary>
    public SomeGraph Edge(string source, string target, PloverType type, params string[] dates) =>
        EdgeWith(source, target, type, dates.Length == 0 ? [Stamp.On("2024-01-01")] : [.. dates.Select(d => Stamp.On(d))]);

    /// <summary>An edge with <paramref name="events"/> asserted events on one date.</summary>
    public SomeGraph Edge(string source, string target, PloverType type, int events, string date = "2024-01-01") =>
        EdgeWith(source, target, type, [.. Enumerable.Repeat(Stamp.On(date), events)]);

    /// <summary>An edge with the given stamps, for modalities other than asserted.</summary>
    public SomeGraph EdgeWith(string source, string target, PloverType type, params EventStamp[] stamps)
    {
        foreach (var id in new[] { source, target })
        {
            if (!actors.ContainsKey(Id(id).Value))
            {
                Actor(id);
            }
        }

        var key = new RelationKey(Id(source), Id(target), type);
        var timeline = stamps.OrderBy(s => s.Date).ToArray();
        relations.Add(new RelationSummary(
            key.Source, key.Target, type, timeline.Length, timeline.Length,
            timeline.Min(s => s.Date), timeline.Max(s => s.Date), 0.9, timeline));
        return this;
    }

    public ActorGraphSnapshot Build() => ActorGraphSnapshot.Build(actors.Values, relations);

    /// <summary>"A" is short for "country/A"; anything with a slash is taken as it is.</summary>
    public static ActorId Id(string id) => new(id.Contains('/', StringComparison.Ordinal) ? id : "country/" + id);
}

internal static class Stamp
{
    public static EventStamp On(string date, Modality modality = Modality.Asserted) => new(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), modality);
}
