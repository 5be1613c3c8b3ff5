namespace ActorGraph.Syntax;

/// <summary>An immutable parsed sentence: its tokens form one tree with a single root; the helpers walk that tree.</summary>
public sealed class ParsedSentence
{
    private readonly SyntaxToken[] tokens;
    private readonly SyntaxToken[][] children;

    /// <summary>Builds a sentence from tokens whose heads form a tree (checked).</summary>
    public ParsedSentence(string text, int start, IReadOnlyList<SyntaxToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        Text = text;
        Start = start;
        this.tokens = [.. tokens];
        var lists = new List<SyntaxToken>[this.tokens.Length];
        var root = -1;
        for (var i = 0; i < this.tokens.Length; i++)
        {
            var token = this.tokens[i];
            if (token.Index != i || token.Head >= this.tokens.Length || token.Head < -1 || token.Head == i)
            {
                throw new ArgumentException($"token {i} has index {token.Index} and head {token.Head}", nameof(tokens));
            }

            if (token.Head < 0)
            {
                root = root < 0 ? i : throw new ArgumentException("the sentence has more than one root", nameof(tokens));
            }
            else
            {
                (lists[token.Head] ??= []).Add(token);
            }
        }

        if (this.tokens.Length > 0 && root < 0)
        {
            throw new ArgumentException("the sentence has no root", nameof(tokens));
        }

        children = [.. lists.Select(l => l is null ? [] : l.ToArray())];
        RootIndex = root;
        for (var i = 0; i < this.tokens.Length; i++)
        {
            // Every word must reach the root: a cycle would never get there.
            var steps = 0;
            for (var j = i; this.tokens[j].Head >= 0; j = this.tokens[j].Head)
            {
                if (++steps > this.tokens.Length)
                {
                    throw new ArgumentException($"token {i} is on a cycle", nameof(tokens));
                }
            }
        }
    }

    /// <summary>The sentence's text as it appears in the parsed text.</summary>
    public string Text { get; }

    /// <summary>Where the sentence starts in the parsed text; token offsets are into that text, not this sentence.</summary>
    public int Start { get; }

    /// <summary>Where the sentence ends in the parsed text (exclusive).</summary>
    public int End => Start + Text.Length;

    /// <summary>The tokens in order.</summary>
    public IReadOnlyList<SyntaxToken> Tokens => tokens;

    /// <summary>The index of the root token (-1 only for an empty sentence).</summary>
    public int RootIndex { get; }

    /// <summary>The root token.</summary>
    public SyntaxToken Root => tokens[RootIndex];

    /// <summary>The token at an index.</summary>
    public SyntaxToken this[int index] => tokens[index];

    /// <summary>The head of a token, or null for the root.</summary>
    public SyntaxToken? HeadOf(int index) => tokens[index].Head < 0 ? null : tokens[tokens[index].Head];

    /// <summary>The dependents of a token, left to right.</summary>
    public IReadOnlyList<SyntaxToken> Children(int index) => children[index];

    /// <summary>The dependents of a token with a relation (subtypes included: "nmod" matches "nmod:poss").</summary>
    public IEnumerable<SyntaxToken> Children(int index, string relation) =>
        children[index].Where(c => c.Relation == relation || (c.Relation.StartsWith(relation, StringComparison.Ordinal) && c.Relation.Length > relation.Length && c.Relation[relation.Length] == ':'));

    /// <summary>The tokens from a token's head up to the root.</summary>
    public IEnumerable<SyntaxToken> Ancestors(int index)
    {
        for (var j = tokens[index].Head; j >= 0; j = tokens[j].Head)
        {
            yield return tokens[j];
        }
    }

    /// <summary>Whether <paramref name="ancestor"/> is <paramref name="descendant"/> or one of its ancestors.</summary>
    public bool Dominates(int ancestor, int descendant)
    {
        for (var j = descendant; j >= 0; j = tokens[j].Head)
        {
            if (j == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The tokens of a token's subtree (itself and all its descendants), in order.</summary>
    public IReadOnlyList<SyntaxToken> Subtree(int index) => [.. tokens.Where(t => Dominates(index, t.Index))];

    /// <summary>The span from the first to the last token of a token's subtree and the characters it covers.</summary>
    public TokenSpan SubtreeSpan(int index)
    {
        int first = index, last = index;
        foreach (var token in tokens)
        {
            if (Dominates(index, token.Index))
            {
                first = Math.Min(first, token.Index);
                last = Math.Max(last, token.Index);
            }
        }

        return new TokenSpan(first, last, tokens[first].Start, tokens[last].End);
    }

    /// <summary>The tree path between two tokens: up from <paramref name="from"/> to their lowest common ancestor,
    /// then down to <paramref name="to"/>, both ends included.</summary>
    public IReadOnlyList<SyntaxToken> Path(int from, int to)
    {
        var up = new List<SyntaxToken>();
        var j = from;
        while (!Dominates(j, to))
        {
            up.Add(tokens[j]);
            j = tokens[j].Head;
        }

        up.Add(tokens[j]);
        var down = new List<SyntaxToken>();
        for (var k = to; k != j; k = tokens[k].Head)
        {
            down.Add(tokens[k]);
        }

        down.Reverse();
        up.AddRange(down);
        return up;
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(' ', tokens.Select(t => $"{t.Text}/{t.Upos}<-{t.Relation}:{t.Head}"));
}
