namespace ActorGraph.Query.Search;

/// <summary>What a spur search in Yen's algorithm may not use: the root path's vertices, and steps out of the spur already taken.</summary>
internal sealed class SearchBans
{
    public SearchBans(int stamp, int spur, IReadOnlySet<int> bannedNext)
    {
        Stamp = stamp;
        Spur = spur;
        BannedNext = bannedNext;
    }

    /// <summary>Vertices whose <see cref="SearchScratch.Banned"/> mark equals this are excluded.</summary>
    public int Stamp { get; }

    /// <summary>The spur vertex.</summary>
    public int Spur { get; }

    /// <summary>Vertices the path may not step to straight from the spur.</summary>
    public IReadOnlySet<int> BannedNext { get; }

    /// <summary>Whether the step from one vertex to the next (in path order) is banned.</summary>
    public bool BansStep(int from, int to) => from == Spur && BannedNext.Contains(to);
}
