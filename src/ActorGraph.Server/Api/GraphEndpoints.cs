using ActorGraph.Core.Events;
using ActorGraph.Query.Neighbourhoods;
using ActorGraph.Query.Paths;
using ActorGraph.Server.Api.Contracts;
using ActorGraph.Server.Snapshots;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace ActorGraph.Server.Api;

/// <summary><c>GET /paths</c>, <c>GET /neighbourhood/{id}</c> and <c>GET /who-met/{id}</c>.</summary>
internal static class GraphEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/paths", Paths)
            .WithName("FindPaths")
            .WithSummary("The shortest path, or the k shortest, between two actors under a relation filter.")
            .Produces<PathsDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/neighbourhood/{**id}", Neighbourhood)
            .WithName("GetNeighbourhood")
            .WithSummary("The actors within depth hops of an actor and every passing relation among them.")
            .Produces<NeighbourhoodDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/who-met/{**id}", WhoMet)
            .WithName("WhoMet")
            .WithSummary("Who the actor met (asserted CONSULT events) in a window, most meetings first.")
            .Produces<WhoMetDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static PathsDto Paths(
        HttpContext context, SnapshotHolder holder,
        string? from = null, string? to = null, string? k = null, string? types = null, string? since = null, string? until = null,
        string? minEvents = null, string? modality = null, string? maxHops = null, string? directed = null, string? weighting = null)
    {
        var q = new QueryReader(context.Request.Query);
        var fromText = q.Required("from");
        var toText = q.Required("to");
        var count = q.Int("k", 1, 1, 10);
        var hops = q.Int("maxHops", ActorPaths.DefaultMaxHops, 1, 10);
        var by = q.Choice("weighting", "hops", "hops", "evidence") == "evidence" ? PathWeighting.Evidence : PathWeighting.Hops;
        var filter = q.Filter();
        q.ThrowIfInvalid();
        var snapshot = ApiRequest.Snapshot(context, holder);
        var source = ApiRequest.Resolve(snapshot, fromText, "from");
        var target = ApiRequest.Resolve(snapshot, toText, "to");
        var graph = snapshot.Graph;
        IReadOnlyList<ActorPath> found = count == 1
            ? graph.ShortestPath(source.Id, target.Id, filter, by, hops) is { } path ? [path] : []
            : graph.KShortestPaths(source.Id, target.Id, count, filter, hops, by);
        return new PathsDto(ActorRef.Of(source), ActorRef.Of(target), [.. found.Select(ToDto)]);
    }

    private static NeighbourhoodDto Neighbourhood(
        HttpContext context, SnapshotHolder holder, IOptions<ServerOptions> options, string id,
        string? depth = null, string? types = null, string? since = null, string? until = null, string? minEvents = null,
        string? modality = null, string? directed = null, string? limit = null)
    {
        var q = new QueryReader(context.Request.Query);
        var hops = q.Int("depth", 1, 0, 3);
        var max = q.Int("limit", Math.Min(200, options.Value.MaxResults), 1, options.Value.MaxResults);
        var filter = q.Filter();
        q.ThrowIfInvalid();
        var snapshot = ApiRequest.Snapshot(context, holder);
        var center = ApiRequest.Resolve(snapshot, id, "id");
        var graph = snapshot.Graph;
        var ego = graph.Neighbourhood(center.Id, hops, filter);
        var truncated = ego.Nodes.Count > max;
        var kept = truncated
            ? ego.Nodes.OrderBy(n => n.Distance).ThenByDescending(n => Degree(snapshot, n)).ThenBy(n => n.Actor.Id).Take(max).ToList()
            : [.. ego.Nodes.OrderBy(n => n.Distance).ThenByDescending(n => Degree(snapshot, n)).ThenBy(n => n.Actor.Id)];
        var keptIds = truncated ? kept.Select(n => n.Actor.Id).ToHashSet() : null;
        var relations = keptIds is null ? ego.Relations : [.. ego.Relations.Where(r => keptIds.Contains(r.Source) && keptIds.Contains(r.Target))];
        return new NeighbourhoodDto(
            ActorRef.Of(center), hops, truncated,
            [.. kept.Select(n => new NodeDto(n.Actor.Id.Value, n.Actor.Name, Core.Actors.ActorKindNames.ToName(n.Actor.Kind), n.Actor.Country, n.Distance, Degree(snapshot, n)))],
            [.. relations.Select(RelationDto.Of)]);
    }

    private static WhoMetDto WhoMet(HttpContext context, SnapshotHolder holder, string id, string? since = null, string? until = null)
    {
        var q = new QueryReader(context.Request.Query);
        var (from, to) = q.Window();
        q.ThrowIfInvalid();
        var snapshot = ApiRequest.Snapshot(context, holder);
        var actor = ApiRequest.Resolve(snapshot, id, "id");
        var meetings = snapshot.Graph.WhoMet(actor.Id, from, to);
        return new WhoMetDto(ActorRef.Of(actor), [.. meetings.Select(m => new MeetingDto(ActorRef.Of(m.With), m.Count, m.First, m.Last, m.Dates))]);
    }

    private static int Degree(ServedSnapshot snapshot, EgoNode node) =>
        snapshot.Graph.TryGetVertex(node.Actor.Id, out var v) ? snapshot.Graph.GetActor(v).Degree : 0;

    private static PathDto ToDto(ActorPath path) => new(
        path.Length,
        path.Cost,
        [.. path.Actors.Select(ActorRef.Of)],
        [.. path.Hops.Select(h => new HopDto(ActorRef.Of(h.From), ActorRef.Of(h.To), [.. h.Types.Select(t => t.ToName())], h.Weight, [.. h.Relations.Select(RelationDto.Of)]))]);
}
