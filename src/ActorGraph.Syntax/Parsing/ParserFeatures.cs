using ActorGraph.Syntax.Learning;

namespace ActorGraph.Syntax.Parsing;

/// <summary>Zhang and Nivre (2011) style features for arc-hybrid: words, tags, relations, children, distance,
/// valency and relation sets around the top of the stack and the front of the buffer.</summary>
internal static class ParserFeatures
{
    /// <summary>The most features one configuration produces.</summary>
    public const int Max = 96;

    private const ulong None = 0x5EED;

    /// <summary>Writes the features of a configuration and returns their count; <paramref name="words"/> and
    /// <paramref name="tags"/> hold one value per word with the root at index 0.</summary>
    public static int Extract(ParserState state, ulong[] words, ulong[] tags, Span<ulong> output)
    {
        var s0 = state.Stack(0);
        var s1 = state.Stack(1);
        var s2 = state.Stack(2);
        var b0 = state.BufferAt(0);
        var b1 = state.BufferAt(1);
        var b2 = state.BufferAt(2);
        var s0l = Child(state.Left1, s0);
        var s0l2 = Child(state.Left2, s0);
        var s0r = Child(state.Right1, s0);
        var s0r2 = Child(state.Right2, s0);
        var s1l = Child(state.Left1, s1);
        var s1r = Child(state.Right1, s1);
        var s1r2 = Child(state.Right2, s1);
        var b0l = Child(state.Left1, b0);
        var b0l2 = Child(state.Left2, b0);

        ulong W(int i) => i >= 0 ? words[i] : None;
        ulong P(int i) => i >= 0 ? tags[i] : None;
        ulong L(int i) => i >= 0 ? (ulong)(state.Labels[i] + 2) : 0;

        var s0w = W(s0); var s0p = P(s0);
        var s1w = W(s1); var s1p = P(s1);
        var b0w = W(b0); var b0p = P(b0);
        var b1w = W(b1); var b1p = P(b1);
        var b2w = W(b2); var b2p = P(b2);
        var s2p = P(s2);
        var s0lp = P(s0l); var s0rp = P(s0r); var s1lp = P(s1l); var s1rp = P(s1r); var b0lp = P(b0l);
        var s0vl = s0 >= 0 ? (ulong)state.LeftCount[s0] : 99;
        var s0vr = s0 >= 0 ? (ulong)state.RightCount[s0] : 99;
        var s1vr = s1 >= 0 ? (ulong)state.RightCount[s1] : 99;
        var s1vl = s1 >= 0 ? (ulong)state.LeftCount[s1] : 99;
        var b0vl = b0 >= 0 ? (ulong)state.LeftCount[b0] : 99;
        var d01 = Distance(s0, b0);
        var d10 = Distance(s1, s0);
        var s0ll = s0 >= 0 ? state.LeftLabels[s0] : 1;
        var s0rl = s0 >= 0 ? state.RightLabels[s0] : 1;
        var s1rl = s1 >= 0 ? state.RightLabels[s1] : 1;
        var b0ll = b0 >= 0 ? state.LeftLabels[b0] : 1;

        var n = 0;
        output[n++] = FeatureHash.Key(0, 0);

        // Single positions.
        output[n++] = FeatureHash.Key(1, s0w);
        output[n++] = FeatureHash.Key(2, s0p);
        output[n++] = FeatureHash.Key(3, s0w, s0p);
        output[n++] = FeatureHash.Key(4, s1w);
        output[n++] = FeatureHash.Key(5, s1p);
        output[n++] = FeatureHash.Key(6, s1w, s1p);
        output[n++] = FeatureHash.Key(7, b0w);
        output[n++] = FeatureHash.Key(8, b0p);
        output[n++] = FeatureHash.Key(9, b0w, b0p);
        output[n++] = FeatureHash.Key(10, b1w);
        output[n++] = FeatureHash.Key(11, b1p);
        output[n++] = FeatureHash.Key(12, b1w, b1p);
        output[n++] = FeatureHash.Key(13, b2w);
        output[n++] = FeatureHash.Key(14, b2p);
        output[n++] = FeatureHash.Key(15, b2w, b2p);
        output[n++] = FeatureHash.Key(16, s2p);
        output[n++] = FeatureHash.Key(17, W(s2), s2p);

        // Children.
        output[n++] = FeatureHash.Key(18, W(s0l));
        output[n++] = FeatureHash.Key(19, s0lp);
        output[n++] = FeatureHash.Key(20, L(s0l));
        output[n++] = FeatureHash.Key(21, W(s0r));
        output[n++] = FeatureHash.Key(22, s0rp);
        output[n++] = FeatureHash.Key(23, L(s0r));
        output[n++] = FeatureHash.Key(24, s1lp, L(s1l));
        output[n++] = FeatureHash.Key(25, W(s1r));
        output[n++] = FeatureHash.Key(26, s1rp);
        output[n++] = FeatureHash.Key(27, L(s1r));
        output[n++] = FeatureHash.Key(28, W(b0l));
        output[n++] = FeatureHash.Key(29, b0lp);
        output[n++] = FeatureHash.Key(30, L(b0l));
        output[n++] = FeatureHash.Key(31, P(s0l2), L(s0l2));
        output[n++] = FeatureHash.Key(32, P(s0r2), L(s0r2));
        output[n++] = FeatureHash.Key(33, P(b0l2), L(b0l2));

        // Pairs: top of stack with front of buffer, and the two stack tops.
        output[n++] = FeatureHash.Key(34, s0w ^ (s0p << 1), b0w ^ (b0p << 1));
        output[n++] = FeatureHash.Key(35, s0w ^ (s0p << 1), b0w);
        output[n++] = FeatureHash.Key(36, s0w, b0w ^ (b0p << 1));
        output[n++] = FeatureHash.Key(37, s0w ^ (s0p << 1), b0p);
        output[n++] = FeatureHash.Key(38, s0p, b0w ^ (b0p << 1));
        output[n++] = FeatureHash.Key(39, s0w, b0w);
        output[n++] = FeatureHash.Key(40, s0p, b0p);
        output[n++] = FeatureHash.Key(41, b0p, b1p);
        output[n++] = FeatureHash.Key(42, s1w ^ (s1p << 1), s0w ^ (s0p << 1));
        output[n++] = FeatureHash.Key(43, s1w, s0w);
        output[n++] = FeatureHash.Key(44, s1p, s0p);
        output[n++] = FeatureHash.Key(45, s1p, s0w);
        output[n++] = FeatureHash.Key(46, s1w, s0p);
        output[n++] = FeatureHash.Key(47, s1w ^ (s1p << 1), b0w ^ (b0p << 1));
        output[n++] = FeatureHash.Key(48, s1p, b0p);
        output[n++] = FeatureHash.Key(49, s0w, b1w);
        output[n++] = FeatureHash.Key(50, b0w, b1w);

        // Triples of tags.
        output[n++] = FeatureHash.Key(51, b0p, b1p, b2p);
        output[n++] = FeatureHash.Key(52, s0p, b0p, b1p);
        output[n++] = FeatureHash.Key(53, s1p, s0p, b0p);
        output[n++] = FeatureHash.Key(54, s2p, s1p, s0p);
        output[n++] = FeatureHash.Key(55, s0p, s0lp, b0p);
        output[n++] = FeatureHash.Key(56, s0p, s0rp, b0p);
        output[n++] = FeatureHash.Key(57, s0p, b0p, b0lp);
        output[n++] = FeatureHash.Key(58, s1p, s0p, s0lp);
        output[n++] = FeatureHash.Key(59, s1p, s0p, s0rp);
        output[n++] = FeatureHash.Key(60, s1p, s1rp, s0p);
        output[n++] = FeatureHash.Key(61, s0p, s0lp, P(s0l2));
        output[n++] = FeatureHash.Key(62, s0p, s0rp, P(s0r2));
        output[n++] = FeatureHash.Key(63, b0p, b0lp, P(b0l2));
        output[n++] = FeatureHash.Key(64, s1p, s1lp, s0p);
        output[n++] = FeatureHash.Key(65, s1p, s1rp, P(s1r2));
        output[n++] = FeatureHash.Key(66, s0w, s0p, b0p ^ (b1p << 1));
        output[n++] = FeatureHash.Key(67, s1p, s0w, b0p);

        // Distance.
        output[n++] = FeatureHash.Key(68, s0w, d01);
        output[n++] = FeatureHash.Key(69, s0p, d01);
        output[n++] = FeatureHash.Key(70, b0w, d01);
        output[n++] = FeatureHash.Key(71, b0p, d01);
        output[n++] = FeatureHash.Key(72, s0w ^ (b0w << 1), d01);
        output[n++] = FeatureHash.Key(73, s0p, b0p, d01);
        output[n++] = FeatureHash.Key(74, s1p, s0p, d10);
        output[n++] = FeatureHash.Key(75, s1w ^ (s0w << 1), d10);

        // Valency.
        output[n++] = FeatureHash.Key(76, s0w, s0vr);
        output[n++] = FeatureHash.Key(77, s0p, s0vr);
        output[n++] = FeatureHash.Key(78, s0w, s0vl);
        output[n++] = FeatureHash.Key(79, s0p, s0vl);
        output[n++] = FeatureHash.Key(80, b0w, b0vl);
        output[n++] = FeatureHash.Key(81, b0p, b0vl);
        output[n++] = FeatureHash.Key(82, s1p, s1vr);
        output[n++] = FeatureHash.Key(83, s1p, s1vl);

        // Relation sets.
        output[n++] = FeatureHash.Key(84, s0w, s0rl);
        output[n++] = FeatureHash.Key(85, s0p, s0rl);
        output[n++] = FeatureHash.Key(86, s0w, s0ll);
        output[n++] = FeatureHash.Key(87, s0p, s0ll);
        output[n++] = FeatureHash.Key(88, b0w, b0ll);
        output[n++] = FeatureHash.Key(89, b0p, b0ll);
        output[n++] = FeatureHash.Key(90, s1p, s1rl);
        output[n++] = FeatureHash.Key(91, s0p, s1p, s0ll ^ (s0rl << 7));
        return n;
    }

    private static int Child(int[] children, int word) => word >= 0 ? children[word] : -1;

    private static ulong Distance(int left, int right)
    {
        if (left < 0 || right < 0)
        {
            return 0;
        }

        var d = right - left;
        return d switch
        {
            <= 4 => (ulong)d,
            < 7 => 5,
            < 11 => 6,
            _ => 7,
        };
    }
}
