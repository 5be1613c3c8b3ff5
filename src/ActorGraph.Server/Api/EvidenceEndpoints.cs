using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;
using ActorGraph.Server.Api.Contracts;
using ActorGraph.Server.Snapshots;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ActorGraph.Server.Api;

/// <summary><c>GET /relations/{source}/{target}/evidence</c>: the sentences behind the relations between two actors.</summary>
internal static class EvidenceEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/relations/{**path}", Evidence)
            .WithName("GetEvidence")
            .WithSummary("Events between two actors, newest first, with sentence, article, date and span: /relations/{source}/{target}/evidence. Ids keep their slash (or send it as %2F).")
            .Produces<EvidencePage>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<EvidencePage> Evidence(
        HttpContext context, SnapshotHolder holder, ServerStore store, string path,
        string? type = null, string? page = null, string? pageSize = null, string? since = null, string? until = null, CancellationToken cancellationToken = default)
    {
        var q = new QueryReader(context.Request.Query);
        var types = q.Types("type");
        var number = q.Int("page", 1, 1, 100_000);
        var size = q.Int("pageSize", 20, 1, 200);
        var (from, to) = q.Window();
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 3 || segments[^1] != "evidence")
        {
            throw new ApiProblemException(StatusCodes.Status404NotFound, "Not found.", "Evidence lives at /api/v1/relations/{source}/{target}/evidence.");
        }

        q.ThrowIfInvalid();
        var snapshot = ApiRequest.Snapshot(context, holder);
        var (source, target) = Split(snapshot, segments[..^1]);
        var symmetricOnly = types is not null && types.All(t => t.IsSymmetric());
        var query = new EventQuery(source.Id, target.Id, types, from, to, EitherDirection: types is null || symmetricOnly, Limit: (number * size) + 1);
        var events = new List<EvidenceDto>();
        var skip = (number - 1) * size;
        var more = false;
        await foreach (var e in store.Store.ReadEventsAsync(query, cancellationToken))
        {
            if (skip-- > 0)
            {
                continue;
            }

            if (events.Count == size)
            {
                more = true;
                break;
            }

            events.Add(EvidenceDto.Of(e));
        }

        return new EvidencePage(ActorRef.Of(source), ActorRef.Of(target), types is null ? null : string.Join(',', types.Select(t => t.ToName())), number, size, more, events);
    }

    // Ids hold a slash (country/RUS), names none; try every split of the segments and take the first where both ends
    // name an actor, else report the split an id-and-id or name-and-name path would have.
    private static (Actor Source, Actor Target) Split(ServedSnapshot snapshot, string[] segments)
    {
        for (var i = 1; i < segments.Length; i++)
        {
            if (ApiRequest.TryResolve(snapshot, string.Join('/', segments[..i]), out var s) && ApiRequest.TryResolve(snapshot, string.Join('/', segments[i..]), out var t))
            {
                return (s!, t!);
            }
        }

        var half = segments.Length == 4 ? 2 : 1;
        return (ApiRequest.Resolve(snapshot, string.Join('/', segments[..half]), "source"), ApiRequest.Resolve(snapshot, string.Join('/', segments[half..]), "target"));
    }
}
