using ActorGraph.Query.Alignment;
using ActorGraph.Server.Api.Contracts;
using ActorGraph.Server.Snapshots;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ActorGraph.Server.Api;

/// <summary><c>GET /alignment</c> and <c>GET /blocs</c>.</summary>
internal static class AlignmentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/alignment", Alignment)
            .WithName("GetAlignment")
            .WithSummary("With a and b: how far the two cooperate rather than clash, in [-1, 1]. With a alone: its most aligned and most opposed partners.")
            .Produces<AlignmentDto>()
            .Produces<AlignmentRankingDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/blocs", Blocs)
            .WithName("GetBlocs")
            .WithSummary("Groups of actors joined by strongly positive alignment ties, largest first.")
            .Produces<IReadOnlyList<BlocDto>>()
            .ProducesValidationProblem();
    }

    private static IResult Alignment(
        HttpContext context, SnapshotHolder holder, string? a = null, string? b = null, string? since = null, string? until = null, string? top = null)
    {
        var q = new QueryReader(context.Request.Query);
        var first = q.Required("a");
        var second = q.Text("b");
        var (from, to) = q.Window();
        var count = q.Int("top", 10, 1, 100);
        q.ThrowIfInvalid();
        var snapshot = ApiRequest.Snapshot(context, holder);
        var actor = ApiRequest.Resolve(snapshot, first, "a");
        if (second is not null)
        {
            var other = ApiRequest.Resolve(snapshot, second, "b");
            return Results.Ok(ToDto(snapshot.Graph.Alignment(actor.Id, other.Id, from, to)));
        }

        return Results.Ok(new AlignmentRankingDto(
            ActorRef.Of(actor),
            [.. snapshot.Graph.MostAligned(actor.Id, count, from, to).Select(ToDto)],
            [.. snapshot.Graph.MostOpposed(actor.Id, count, from, to).Select(ToDto)]));
    }

    private static IReadOnlyList<BlocDto> Blocs(
        HttpContext context, SnapshotHolder holder, string? since = null, string? until = null, string? minSize = null, string? minScore = null, string? minEvents = null)
    {
        var q = new QueryReader(context.Request.Query);
        var (from, to) = q.Window();
        var size = q.Int("minSize", 3, 2, 1000);
        var score = q.Double("minScore", 0.5, -1, 1);
        var events = q.Int("minEvents", 2, 1, 1_000_000);
        q.ThrowIfInvalid();
        var snapshot = ApiRequest.Snapshot(context, holder);
        return [.. snapshot.Graph.Blocs(from, to, size, score, events).Select(bloc => new BlocDto([.. bloc.Members.Select(ActorRef.Of)], bloc.Ties, Math.Round(bloc.Cohesion, 4)))];
    }

    private static AlignmentDto ToDto(AlignmentScore s) => new(
        ActorRef.Of(s.First), ActorRef.Of(s.Second), Math.Round(s.Score, 4), s.VerbalCooperation, s.MaterialCooperation, s.VerbalConflict, s.MaterialConflict);
}
