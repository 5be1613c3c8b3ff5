namespace ActorGraph.Syntax.Tests;

public sealed class ModelBehaviourTests
{
    private const string Article = "Iran's foreign minister met his Turkish counterpart in Ankara on Monday. Officials said the talks, "
        + "which lasted three hours, would continue.\n\nThe U.S. didn't comment.";

    [Fact]
    public void Parse_splits_sentences_and_gives_offsets_into_the_whole_text()
    {
        var sentences = Shipped.Model.Parse(Article);

        Assert.Equal(3, sentences.Count);
        Assert.All(sentences, s => Assert.Equal(s.Text, Article[s.Start..s.End]));
        Assert.All(sentences.SelectMany(s => s.Tokens), t => Assert.Equal(t.Text, Article[t.Start..t.End]));
        Assert.Equal("The U.S. didn't comment.", sentences[2].Text);
    }

    [Fact]
    public void Words_get_tags_and_lemmas()
    {
        var sentence = Shipped.Model.ParseSentence("The soldiers were attacked and the ministers said nothing.");

        Assert.Equal(
            ["the/DET/DT", "soldier/NOUN/NNS", "be/AUX/VBD", "attack/VERB/VBN", "and/CCONJ/CC", "the/DET/DT", "minister/NOUN/NNS", "say/VERB/VBD", "nothing/PRON/NN", "./PUNCT/."],
            sentence.Tokens.Select(t => $"{t.Lemma}/{t.Upos}/{t.Xpos}"));
    }

    [Fact]
    public void Pre_split_words_parse_like_the_same_words_from_text()
    {
        var fromText = Shipped.Model.ParseSentence("Putin and Xi held talks in Moscow.");
        var fromWords = Shipped.Model.ParseWords(["Putin", "and", "Xi", "held", "talks", "in", "Moscow", "."]);

        Assert.Equal(fromText.Tokens.Select(t => (t.Head, t.Relation, t.Upos)), fromWords.Tokens.Select(t => (t.Head, t.Relation, t.Upos)));
        Assert.Equal("Putin and Xi held talks in Moscow .", fromWords.Text);
        Assert.All(fromWords.Tokens, t => Assert.Equal(t.Text, fromWords.Text[t.Start..t.End]));
    }

    [Fact]
    public void One_model_parses_from_many_threads_with_the_same_results_as_one()
    {
        var texts = Enumerable.Range(0, 64).Select(i => $"Delegation {i} from Egypt met the ministers of Jordan and Qatar, officials said.").ToList();
        var alone = texts.Select(t => Shipped.Model.ParseSentence(t).ToString()).ToList();

        var together = new string[texts.Count];
        Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => together[i] = Shipped.Model.ParseSentence(texts[i]).ToString());

        Assert.Equal(alone, together);
    }
}
