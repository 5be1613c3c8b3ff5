using ActorGraph.Core.Actors;
using ActorGraph.Core.Storage;
using ActorGraph.Query;
using ActorGraph.Query.Lookup;

namespace ActorGraph.Server.Snapshots;

/// <summary>
/// Search-as-you-type over one snapshot: every name, alias and word of them folded and sorted, so a prefix is a binary
/// search; hits rank by degree, and close spellings from <see cref="ActorLookup.Suggest"/> fill up a short list.
/// </summary>
public sealed class ActorSearch
{
    // A prefix such as "a" matches much of a large graph; ranking looks at this many candidates at most.
    private const int MaxCandidates = 20_000;

    private readonly ActorGraphSnapshot graph;
    private readonly string[] keys;
    private readonly int[] vertices;

    /// <summary>Indexes the names of every actor in the snapshot.</summary>
    public ActorSearch(ActorGraphSnapshot graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        this.graph = graph;
        var entries = new List<(string Key, int Vertex)>(graph.ActorCount * 3);
        for (var v = 0; v < graph.ActorCount; v++)
        {
            var stored = graph.GetActor(v);
            foreach (var name in stored.Aliases.Append(stored.Actor.Name).Append(Slug(stored.Actor.Id)).Distinct(StringComparer.Ordinal))
            {
                var key = NameNormalizer.Normalize(name);
                for (var start = 0; start < key.Length; start = key.IndexOf(' ', start) is var space and >= 0 ? space + 1 : key.Length)
                {
                    entries.Add((key[start..], v));
                }
            }
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key) is var c and not 0 ? c : a.Vertex.CompareTo(b.Vertex));
        keys = [.. entries.Select(e => e.Key)];
        vertices = [.. entries.Select(e => e.Vertex)];
    }

    /// <summary>Actors whose id is the text, or whose name, alias or a word of them starts with it, by degree; then close spellings.</summary>
    public IReadOnlyList<(StoredActor Actor, string Match)> Find(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hits = new List<(StoredActor, string)>();
        var seen = new HashSet<int>();
        if (text.Contains('/', StringComparison.Ordinal) && graph.TryGetVertex(new ActorId(text.Trim()), out var exact))
        {
            hits.Add((graph.GetActor(exact), "id"));
            seen.Add(exact);
        }

        var query = NameNormalizer.Normalize(text);
        if (query.Length == 0)
        {
            return hits;
        }

        var candidates = new HashSet<int>();
        for (var i = LowerBound(query); i < keys.Length && keys[i].StartsWith(query, StringComparison.Ordinal) && candidates.Count < MaxCandidates; i++)
        {
            candidates.Add(vertices[i]);
        }

        foreach (var v in candidates.Where(v => !seen.Contains(v))
                     .OrderByDescending(v => graph.GetActor(v).Degree).ThenBy(v => v).Take(limit - hits.Count))
        {
            hits.Add((graph.GetActor(v), "prefix"));
            seen.Add(v);
        }

        if (hits.Count < limit)
        {
            foreach (var actor in graph.Lookup.Suggest(text, limit - hits.Count))
            {
                if (graph.TryGetVertex(actor.Id, out var v) && seen.Add(v))
                {
                    hits.Add((graph.GetActor(v), "fuzzy"));
                }
            }
        }

        return hits;
    }

    private int LowerBound(string query)
    {
        var (lo, hi) = (0, keys.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(keys[mid], query) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static string Slug(ActorId id) => id.Value[(id.Value.IndexOf('/', StringComparison.Ordinal) + 1)..];
}
