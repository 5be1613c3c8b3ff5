namespace ActorGraph.Syntax.Parsing;

/// <summary>The parser's classes: 0 is shift, then a left arc per relation, then a right arc per relation.</summary>
internal sealed class Transitions
{
    public Transitions(IReadOnlyList<string> labels)
    {
        Labels = [.. labels.Select(string.Intern)];
        RootLabel = Array.IndexOf(Labels, "root");
        if (RootLabel < 0)
        {
            throw new InvalidDataException("the relation set has no 'root'");
        }
    }

    /// <summary>The relation names, in class order.</summary>
    public string[] Labels { get; }

    /// <summary>The index of 'root'.</summary>
    public int RootLabel { get; }

    /// <summary>The number of classes.</summary>
    public int Count => 1 + (2 * Labels.Length);

    public const int Shift = 0;

    public int Left(int label) => 1 + label;

    public int Right(int label) => 1 + Labels.Length + label;

    public bool IsLeft(int transition) => transition >= 1 && transition <= Labels.Length;

    public int LabelOf(int transition) => IsLeft(transition) ? transition - 1 : transition - 1 - Labels.Length;

    /// <summary>Whether a transition is allowed: 'root' only on the final right arc from the root, which in turn takes only 'root'.</summary>
    public bool IsLegal(ParserState state, int transition)
    {
        if (transition == Shift)
        {
            return state.CanShift;
        }

        var label = LabelOf(transition);
        return IsLeft(transition)
            ? state.CanLeft && label != RootLabel
            : state.CanRight && (label == RootLabel) == state.RightIsRoot;
    }

    /// <summary>Applies a transition.</summary>
    public void Apply(ParserState state, int transition)
    {
        if (transition == Shift)
        {
            state.Shift();
        }
        else if (IsLeft(transition))
        {
            state.Left(LabelOf(transition));
        }
        else
        {
            state.Right(LabelOf(transition));
        }
    }

    /// <summary>The legal transition with the highest score.</summary>
    public int Best(ParserState state, ReadOnlySpan<float> scores)
    {
        var best = -1;
        var bestScore = float.NegativeInfinity;
        if (state.CanShift)
        {
            best = Shift;
            bestScore = scores[Shift];
        }

        if (state.CanLeft)
        {
            for (var l = 0; l < Labels.Length; l++)
            {
                if (l != RootLabel && scores[1 + l] > bestScore)
                {
                    best = 1 + l;
                    bestScore = scores[best];
                }
            }
        }

        if (state.CanRight)
        {
            if (state.RightIsRoot)
            {
                if (best < 0 || scores[Right(RootLabel)] > bestScore)
                {
                    best = Right(RootLabel);
                }
            }
            else
            {
                var offset = 1 + Labels.Length;
                for (var l = 0; l < Labels.Length; l++)
                {
                    if (l != RootLabel && scores[offset + l] > bestScore)
                    {
                        best = offset + l;
                        bestScore = scores[best];
                    }
                }
            }
        }

        return best;
    }
}
