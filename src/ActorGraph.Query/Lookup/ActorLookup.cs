using ActorGraph.Core.Actors;
using ActorGraph.Core.Storage;

namespace ActorGraph.Query.Lookup;

/// <summary>
/// Resolves what a person types to one actor: an id, a display name or an alias, ignoring case and accents.
/// </summary>
/// <remarks>
/// Matches are tried in tiers and the first tier with any match decides: the id, then the display name, then an alias,
/// then the part of the id after the slash (<c>vladimir-putin</c>). Two actors in the deciding tier make the text ambiguous.
/// </remarks>
public sealed class ActorLookup
{
    private const int MaxSuggestions = 5;

    private readonly StoredActor[] actors;
    private readonly Dictionary<string, int> byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<int>>[] tiers = [new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal)];

    /// <summary>Indexes actors by id, name, alias and id slug.</summary>
    public ActorLookup(IEnumerable<StoredActor> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        this.actors = [.. actors];
        for (var i = 0; i < this.actors.Length; i++)
        {
            var actor = this.actors[i].Actor;
            byId.TryAdd(actor.Id.Value, i);
            Add(tiers[0], actor.Name, i);
            foreach (var alias in this.actors[i].Aliases)
            {
                Add(tiers[1], alias, i);
            }

            Add(tiers[2], Slug(actor.Id), i);
        }
    }

    /// <summary>The one actor the text names.</summary>
    /// <exception cref="ActorNotFoundException">Nothing matches; the message suggests close names.</exception>
    /// <exception cref="AmbiguousActorException">Several actors match equally well; the message lists them.</exception>
    public Actor Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = Matches(text);
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new ActorNotFoundException(text.Trim(), Suggest(text)),
            _ => throw new AmbiguousActorException(text.Trim(), matches),
        };
    }

    /// <summary>Finds the one actor the text names, or returns false when none or several match.</summary>
    public bool TryFind(string text, out Actor? actor)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = Matches(text);
        actor = matches.Count == 1 ? matches[0] : null;
        return actor is not null;
    }

    /// <summary>Every actor in the first tier that matches the text, in id order.</summary>
    public IReadOnlyList<Actor> Matches(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (byId.TryGetValue(text.Trim(), out var exact))
        {
            return [actors[exact].Actor];
        }

        var key = NameNormalizer.Normalize(text);
        if (key.Length == 0)
        {
            return [];
        }

        foreach (var tier in tiers)
        {
            if (tier.TryGetValue(key, out var found))
            {
                return [.. found.Distinct().Order().Select(i => actors[i].Actor)];
            }
        }

        return [];
    }

    /// <summary>Actors whose names are close to the text: a name or word within a small edit distance, or starting with it.</summary>
    public IReadOnlyList<Actor> Suggest(string text, int max = MaxSuggestions)
    {
        ArgumentNullException.ThrowIfNull(text);
        var query = NameNormalizer.Normalize(text);
        if (query.Length == 0)
        {
            return [];
        }

        var budget = Math.Max(1, query.Length / 3);
        var best = new Dictionary<int, double>();
        foreach (var tier in tiers)
        {
            foreach (var (key, indices) in tier)
            {
                var score = Closeness(query, key, budget);
                if (score is null)
                {
                    continue;
                }

                foreach (var i in indices)
                {
                    if (!best.TryGetValue(i, out var previous) || score < previous)
                    {
                        best[i] = score.Value;
                    }
                }
            }
        }

        // Closest first; among equals, the better-connected actor is the likelier meaning.
        return [.. best
            .OrderBy(p => p.Value)
            .ThenByDescending(p => actors[p.Key].Degree)
            .ThenBy(p => actors[p.Key].Actor.Id)
            .Take(max)
            .Select(p => actors[p.Key].Actor)];
    }

    private static double? Closeness(string query, string key, int budget)
    {
        var whole = EditDistance.Bounded(query, key, budget);
        if (whole >= 0)
        {
            return whole;
        }

        if (key.StartsWith(query, StringComparison.Ordinal))
        {
            return budget + 0.5;
        }

        // A misspelt surname ("puttin") should find "vladimir putin"; a partial word should find the name it starts.
        double? best = null;
        foreach (var word in key.Split(' '))
        {
            if (word.Length == key.Length)
            {
                break;
            }

            var distance = EditDistance.Bounded(query, word, budget);
            double? score = distance >= 0 ? distance + 0.25 : word.StartsWith(query, StringComparison.Ordinal) && query.Length >= 3 ? budget + 0.75 : null;
            if (score is not null && (best is null || score < best))
            {
                best = score;
            }
        }

        return best;
    }

    private static void Add(Dictionary<string, List<int>> tier, string text, int index)
    {
        var key = NameNormalizer.Normalize(text);
        if (key.Length == 0)
        {
            return;
        }

        if (!tier.TryGetValue(key, out var list))
        {
            tier[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != index)
        {
            list.Add(index);
        }
    }

    private static string Slug(ActorId id) => id.Value[(id.Value.IndexOf('/', StringComparison.Ordinal) + 1)..];
}
