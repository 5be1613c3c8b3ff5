using System.Runtime.CompilerServices;

namespace ActorGraph.Syntax.Learning;

/// <summary>Stable 64-bit hashes for feature keys: the same on every run and machine (string.GetHashCode is not).</summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>FNV-1a over the characters of a span.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h = (h ^ c) * Prime;
        }

        return Mix(h);
    }

    /// <summary>FNV-1a over the lower-cased characters of a span.</summary>
    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h = (h ^ char.ToLowerInvariant(c)) * Prime;
        }

        return Mix(h);
    }

    /// <summary>A feature key from a template number and up to three values; never zero (zero marks an empty slot).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a, ulong b = 0, ulong c = 0)
    {
        var h = Mix(((ulong)template * 0x9E3779B97F4A7C15UL) ^ a);
        h = Mix(h ^ (b + 0x632BE59BD9B4E019UL));
        h = Mix(h ^ (c + 0x8CB92BA72F3D8DD7UL));
        return h == 0 ? 1 : h;
    }

    /// <summary>The splitmix64 finaliser.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
