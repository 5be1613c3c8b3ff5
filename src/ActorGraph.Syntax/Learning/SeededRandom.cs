namespace ActorGraph.Syntax.Learning;

/// <summary>A small xorshift generator, so training draws the same numbers on every runtime version.</summary>
internal sealed class SeededRandom(ulong seed)
{
    private ulong state = FeatureHash.Mix(seed + 0x9E3779B97F4A7C15UL) | 1;

    /// <summary>The next value in [0, 1).</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>The next value in [0, max).</summary>
    public int Next(int max) => (int)(Next() % (ulong)max);

    /// <summary>Shuffles the list in place (Fisher-Yates).</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private ulong Next()
    {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    }
}
