using ActorGraph.Core.Events;
using ActorGraph.Server.Api.Contracts;
using ActorGraph.Server.Snapshots;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace ActorGraph.Server.Api;

/// <summary><c>GET /actors?search=</c> and <c>GET /actors/{id}</c>.</summary>
internal static class ActorEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/actors", Search)
            .WithName("SearchActors")
            .WithSummary("Actors whose id is the text or whose name, alias or a word of them starts with it, by degree; then close spellings.")
            .Produces<ActorSearchResult>()
            .ProducesValidationProblem();
        api.MapGet("/actors/{**id}", Detail)
            .WithName("GetActor")
            .WithSummary("One actor by id (country/RUS) or name (Putin): degree, first and last seen, top partners.")
            .Produces<ActorDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static ActorSearchResult Search(HttpContext context, SnapshotHolder holder, IOptions<ServerOptions> options, string? search = null, string? limit = null)
    {
        var q = new QueryReader(context.Request.Query);
        var text = q.Text("search") ?? "";
        var count = q.Int("limit", 20, 1, Math.Min(1000, options.Value.MaxResults));
        q.ThrowIfInvalid();
        var snapshot = ApiRequest.Snapshot(context, holder);
        if (text.Length == 0)
        {
            // No text: the busiest actors, which is what an empty search box should offer.
            var busiest = snapshot.Graph.Actors.OrderByDescending(a => a.Degree).ThenBy(a => a.Actor.Id).Take(count);
            return new ActorSearchResult(text, [.. busiest.Select(a => ActorHit.Of(a, "degree"))]);
        }

        return new ActorSearchResult(text, [.. snapshot.Search.Find(text, count).Select(h => ActorHit.Of(h.Actor, h.Match))]);
    }

    private static ActorDetail Detail(HttpContext context, SnapshotHolder holder, string id, string? top = null)
    {
        var q = new QueryReader(context.Request.Query);
        var count = q.Int("top", 10, 1, 100);
        q.ThrowIfInvalid();
        var snapshot = ApiRequest.Snapshot(context, holder);
        var graph = snapshot.Graph;
        var actor = ApiRequest.Resolve(snapshot, id, "id");
        graph.TryGetVertex(actor.Id, out var vertex);
        var stored = graph.GetActor(vertex);
        var partners = new Dictionary<int, (int Events, HashSet<PloverType> Types)>();
        DateOnly? first = null, last = null;
        var events = 0;
        foreach (var (edges, outgoing) in new[] { (graph.OutEdges(vertex).ToArray(), true), (graph.InEdges(vertex).ToArray(), false) })
        {
            foreach (var edge in edges)
            {
                var relation = graph.GetRelation(edge);
                var other = outgoing ? graph.TargetOf(edge) : graph.SourceOf(edge);
                if (!outgoing && other == vertex)
                {
                    continue;
                }

                events += relation.EventCount;
                first = first is { } f && f <= relation.FirstDate ? f : relation.FirstDate;
                last = last is { } l && l >= relation.LastDate ? l : relation.LastDate;
                if (other == vertex)
                {
                    continue;
                }

                var entry = partners.TryGetValue(other, out var found) ? found : (Events: 0, Types: new HashSet<PloverType>());
                entry.Types.Add(relation.Type);
                partners[other] = (entry.Events + relation.EventCount, entry.Types);
            }
        }

        var topPartners = partners
            .OrderByDescending(p => p.Value.Events).ThenBy(p => p.Key).Take(count)
            .Select(p => new Partner(ActorRef.Of(graph.GetActor(p.Key).Actor), p.Value.Events, [.. p.Value.Types.Order().Select(t => t.ToName())]))
            .ToList();
        return new ActorDetail(
            actor.Id.Value, actor.Name, Core.Actors.ActorKindNames.ToName(actor.Kind), actor.Country, actor.Sector,
            stored.Aliases, stored.Degree, events, first, last, topPartners);
    }
}
