using ActorGraph.Syntax.Learning;

namespace ActorGraph.Syntax.Tagging;

/// <summary>The tagger's feature templates: the word, its affixes and shape, its neighbours, and the two tags before it.</summary>
internal static class TaggerFeatures
{
    /// <summary>The most features one word produces.</summary>
    public const int Max = 32;

    /// <summary>Writes the features of word <paramref name="i"/> (the array is padded by two on each side) and returns their count.</summary>
    public static int Extract(ReadOnlySpan<WordShape> padded, int i, int previous, int beforePrevious, Span<ulong> output)
    {
        var w = padded[i + 2];
        var wm1 = padded[i + 1];
        var wm2 = padded[i];
        var wp1 = padded[i + 3];
        var wp2 = padded[i + 4];
        var p1 = (ulong)(previous + 1);
        var p2 = (ulong)(beforePrevious + 1);
        var n = 0;
        output[n++] = FeatureHash.Key(0, 0);
        output[n++] = FeatureHash.Key(1, w.Lower);
        output[n++] = FeatureHash.Key(2, w.Suffix3);
        output[n++] = FeatureHash.Key(3, w.Suffix2);
        output[n++] = FeatureHash.Key(4, w.Suffix1);
        output[n++] = FeatureHash.Key(5, w.Suffix4);
        output[n++] = FeatureHash.Key(6, w.Prefix1);
        output[n++] = FeatureHash.Key(7, w.Prefix3);
        output[n++] = FeatureHash.Key(8, p1);
        output[n++] = FeatureHash.Key(9, p2);
        output[n++] = FeatureHash.Key(10, p1, p2);
        output[n++] = FeatureHash.Key(11, p1, w.Lower);
        output[n++] = FeatureHash.Key(12, wm1.Lower);
        output[n++] = FeatureHash.Key(13, wm1.Suffix3);
        output[n++] = FeatureHash.Key(14, wm2.Lower);
        output[n++] = FeatureHash.Key(15, wp1.Lower);
        output[n++] = FeatureHash.Key(16, wp1.Suffix3);
        output[n++] = FeatureHash.Key(17, wp2.Lower);
        output[n++] = FeatureHash.Key(18, w.Shape);
        output[n++] = FeatureHash.Key(19, wm1.Shape);
        output[n++] = FeatureHash.Key(20, wp1.Shape);
        output[n++] = FeatureHash.Key(21, w.Form);
        output[n++] = FeatureHash.Key(22, wm1.Lower, w.Lower);
        output[n++] = FeatureHash.Key(23, w.Lower, wp1.Lower);
        output[n++] = FeatureHash.Key(24, w.Flags, i == 0 ? 1UL : 0UL);
        output[n++] = FeatureHash.Key(25, p1, w.Suffix3);
        output[n++] = FeatureHash.Key(26, w.Shape, i == 0 ? 1UL : 0UL);
        output[n++] = FeatureHash.Key(27, wp1.Suffix2, w.Suffix3);
        output[n++] = FeatureHash.Key(28, p1, wp1.Lower);
        output[n++] = FeatureHash.Key(29, wm1.Lower, wp1.Lower);
        return n;
    }
}
