namespace ActorGraph.Syntax.Tests;

public sealed class PathologicalInputTests
{
    [Fact]
    public void A_two_thousand_word_sentence_without_punctuation_parses_to_one_tree()
    {
        string[] vocabulary = ["the", "minister", "said", "forces", "attacked", "and", "of", "Iran", "talks", "will", "not", "in"];
        var words = Enumerable.Range(0, 2000).Select(i => vocabulary[(i * 7 + (i / 13)) % vocabulary.Length]).ToList();

        var sentence = Shipped.Model.ParseWords(words);

        AssertTree(sentence, 2000);
    }

    [Fact]
    public void A_sentence_of_symbols_only_parses_to_one_tree()
    {
        var sentence = Shipped.Model.ParseSentence("@ # $ % ^ & * + = ~ | < > / \\ §");

        AssertTree(sentence, 16);
    }

    [Fact]
    public void Empty_and_blank_text_gives_no_sentences()
    {
        Assert.Empty(Shipped.Model.Parse(""));
        Assert.Empty(Shipped.Model.Parse(" \n\t "));
    }

    [Fact]
    public void A_single_word_is_its_own_root()
    {
        var sentence = Shipped.Model.ParseSentence("Sanctions");

        Assert.Equal(-1, sentence.Tokens[0].Head);
        Assert.Equal("root", sentence.Tokens[0].Relation);
    }

    internal static void AssertTree(ParsedSentence sentence, int length)
    {
        Assert.Equal(length, sentence.Tokens.Count);
        Assert.Single(sentence.Tokens, t => t.IsRoot);
        Assert.All(sentence.Tokens, t => Assert.Equal(t.IsRoot, t.Relation == "root"));
        Assert.All(sentence.Tokens, t => Assert.True(sentence.Dominates(sentence.RootIndex, t.Index)));
    }
}
