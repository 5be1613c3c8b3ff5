using ActorGraph.Syntax.Learning;

namespace ActorGraph.Syntax.Parsing;

/// <summary>A greedy arc-hybrid parser over averaged-perceptron scores; every run ends in a single-rooted tree.</summary>
internal sealed class Parser(Transitions transitions, FeatureWeights weights)
{
    /// <summary>The classes.</summary>
    public Transitions Transitions { get; } = transitions;

    /// <summary>The frozen weights.</summary>
    public FeatureWeights Weights { get; } = weights;

    /// <summary>Parses one sentence: <paramref name="words"/> and <paramref name="tags"/> have the root at index 0;
    /// heads (0 is the root) and relation indexes are written for words 1..n.</summary>
    public void Parse(ParserState state, ulong[] words, ulong[] tags, int length, Span<int> heads, Span<int> labels)
    {
        state.Reset(length);
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        Span<float> scores = stackalloc float[Transitions.Count];
        while (!state.IsTerminal)
        {
            var n = ParserFeatures.Extract(state, words, tags, features);
            Weights.Score(features[..n], scores);
            Transitions.Apply(state, Transitions.Best(state, scores));
        }

        for (var i = 1; i <= length; i++)
        {
            heads[i] = state.Heads[i];
            labels[i] = state.Labels[i];
        }
    }
}
