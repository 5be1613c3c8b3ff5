using ActorGraph.Server.Api.Contracts;
using ActorGraph.Server.Snapshots;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ActorGraph.Server.Api;

/// <summary><c>GET /stats</c>, <c>GET /health/live</c> and <c>GET /health/ready</c>.</summary>
internal static class StatusEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/stats", Stats)
            .WithName("GetStats")
            .WithSummary("What the served snapshot holds, which snapshot it is, and whether a newer one is being built.")
            .Produces<StatsDto>()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/health/live", () => Results.Ok(new HealthDto("live", null)))
            .WithName("Live")
            .WithSummary("The process is up.")
            .Produces<HealthDto>();
        api.MapGet("/health/ready", Ready)
            .WithName("Ready")
            .WithSummary("The store answered its last check and a snapshot is loaded.")
            .Produces<HealthDto>()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static StatsDto Stats(HttpContext context, SnapshotHolder holder, ServerStore store)
    {
        var snapshot = ApiRequest.Snapshot(context, holder);
        var graph = snapshot.Graph;
        return new StatsDto(
            store.Description, snapshot.Stats.Articles, graph.ActorCount, snapshot.Stats.Events, graph.RelationCount,
            new SnapshotDto(snapshot.Version, snapshot.LoadedAt, (long)snapshot.LoadTime.TotalMilliseconds, snapshot.Fingerprint, graph.LatestDate),
            holder.Refreshing, holder.LastError);
    }

    private static IResult Ready(SnapshotHolder holder)
    {
        if (holder.Current is not { } snapshot)
        {
            throw new ApiProblemException(StatusCodes.Status503ServiceUnavailable, "Not ready.", "The first snapshot is still being built.");
        }

        if (!holder.StoreReachable)
        {
            throw new ApiProblemException(StatusCodes.Status503ServiceUnavailable, "Not ready.",
                $"The store did not answer its last check: {holder.LastError}", new Dictionary<string, object?> { ["snapshot"] = snapshot.Version });
        }

        return Results.Ok(new HealthDto("ready", snapshot.Version));
    }
}
