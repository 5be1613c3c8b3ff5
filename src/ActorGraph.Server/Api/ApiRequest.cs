using ActorGraph.Core.Actors;
using ActorGraph.Query.Lookup;
using ActorGraph.Server.Snapshots;
using Microsoft.AspNetCore.Http;

namespace ActorGraph.Server.Api;

/// <summary>What every query handler does first: take the current snapshot (once) and resolve the actors it names.</summary>
internal static class ApiRequest
{
    /// <summary>The response header naming the snapshot an answer came from.</summary>
    public const string SnapshotHeader = "X-ActorGraph-Snapshot";

    /// <summary>The snapshot this request answers from, named in a response header; 503 before the first one is loaded.</summary>
    public static ServedSnapshot Snapshot(HttpContext context, SnapshotHolder holder)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(holder);
        var snapshot = holder.Current ?? throw new ApiProblemException(
            StatusCodes.Status503ServiceUnavailable, "The graph is loading.", "The first snapshot of the store is still being built; try again shortly.");
        context.Response.Headers[SnapshotHeader] = snapshot.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return snapshot;
    }

    /// <summary>The actor an id (slashes included, or %2F-encoded) or a name names; 404 with suggestions when none does.</summary>
    public static Actor Resolve(ServedSnapshot snapshot, string text, string parameter)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var unescaped = Uri.UnescapeDataString(text);
        try
        {
            return snapshot.Graph.Lookup.Find(unescaped);
        }
        catch (ActorNotFoundException e) when (e.Candidates.Count == 0 && unescaped.IndexOf('/', StringComparison.Ordinal) is > 0 and var slash)
        {
            // A mistyped id (person/vladmir-putin): its part after the slash is a name to suggest from.
            throw ApiProblems.Lookup(new ActorNotFoundException(e.Query, snapshot.Graph.Lookup.Suggest(unescaped[(slash + 1)..])), parameter);
        }
        catch (ActorLookupException e)
        {
            throw ApiProblems.Lookup(e, parameter);
        }
    }

    /// <summary>Tries to resolve without throwing.</summary>
    public static bool TryResolve(ServedSnapshot snapshot, string text, out Actor? actor) =>
        snapshot.Graph.Lookup.TryFind(Uri.UnescapeDataString(text), out actor);
}
