namespace ActorGraph.Syntax.Tests;

public sealed class ParsedSentenceTests
{
    // "The President of Azerbaijan signed the deal ." built by hand, so the helpers are tested apart from the model.
    private static readonly ParsedSentence Sentence = Build(
        ("The", 1, "det"), ("President", 4, "nsubj"), ("of", 3, "case"), ("Azerbaijan", 1, "nmod"),
        ("signed", -1, "root"), ("the", 6, "det"), ("deal", 4, "obj"), (".", 4, "punct"));

    [Fact]
    public void Children_are_the_dependents_in_order_and_can_be_filtered_by_relation()
    {
        Assert.Equal(["President", "deal", "."], Sentence.Children(4).Select(t => t.Text));
        Assert.Equal(["President"], Sentence.Children(4, "nsubj").Select(t => t.Text));
        Assert.Empty(Sentence.Children(0));
    }

    [Fact]
    public void A_relation_filter_matches_its_subtypes_but_not_other_relations_sharing_a_prefix()
    {
        var sentence = Build(("Talks", 2, "nsubj:pass"), ("were", 2, "aux:pass"), ("held", -1, "root"));

        Assert.Equal(["Talks"], sentence.Children(2, "nsubj").Select(t => t.Text));
        Assert.Empty(sentence.Children(2, "aux:p"));
    }

    [Fact]
    public void The_subtree_span_covers_the_whole_phrase_and_its_characters()
    {
        var span = Sentence.SubtreeSpan(1);

        Assert.Equal(new TokenSpan(0, 3, 0, 27), span);
        Assert.Equal("The President of Azerbaijan", Sentence.Text[span.Start..span.End]);
    }

    [Fact]
    public void The_path_runs_up_to_the_common_ancestor_and_down()
    {
        Assert.Equal(["Azerbaijan", "President", "signed", "deal"], Sentence.Path(3, 6).Select(t => t.Text));
        Assert.Equal(["signed", "deal"], Sentence.Path(4, 6).Select(t => t.Text));
        Assert.Equal(["deal"], Sentence.Path(6, 6).Select(t => t.Text));
    }

    [Fact]
    public void Ancestors_lead_to_the_root()
    {
        Assert.Equal(["President", "signed"], Sentence.Ancestors(3).Select(t => t.Text));
        Assert.Null(Sentence.HeadOf(4));
        Assert.Equal("signed", Sentence.Root.Text);
    }

    [Fact]
    public void Heads_that_do_not_form_a_tree_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Build(("a", -1, "root"), ("b", -1, "root")));
        Assert.Throws<ArgumentException>(() => Build(("a", 1, "dep"), ("b", 0, "dep"), ("c", -1, "root")));
        Assert.Throws<ArgumentException>(() => Build(("a", 1, "dep"), ("b", 0, "dep")));
    }

    private static ParsedSentence Build(params (string Text, int Head, string Relation)[] words)
    {
        var tokens = new List<SyntaxToken>();
        var offset = 0;
        foreach (var (text, head, relation) in words)
        {
            tokens.Add(new SyntaxToken(tokens.Count, text, offset, offset + text.Length, text.ToLowerInvariant(), "X", "X", head, relation));
            offset += text.Length + 1;
        }

        return new ParsedSentence(string.Join(' ', words.Select(w => w.Text)), 0, tokens);
    }
}
