using ActorGraph.Syntax.Conllu;

namespace ActorGraph.Syntax.Tests;

public sealed class ConlluTests
{
    [Fact]
    public void Reading_then_writing_a_real_file_gives_the_same_sentences_back()
    {
        var original = ConlluReader.ReadFolder(Shipped.DataPath("ewt-slice"));
        var writer = new StringWriter();
        ConlluWriter.Write(writer, original);
        var again = ConlluReader.Read(new StringReader(writer.ToString()), "round trip").ToList();

        Assert.Equal(153, original.Count);
        Assert.Equal(original.Count, again.Count);
        for (var i = 0; i < original.Count; i++)
        {
            Assert.Equal(original[i].Comments, again[i].Comments);
            Assert.Equal(original[i].Words, again[i].Words);
        }
    }

    [Fact]
    public void Multiword_tokens_and_empty_nodes_are_skipped_and_comments_kept()
    {
        var path = Shipped.DataPath("ewt-slice", "answers_20111108105629AAiZUDY_ans.xml.conllu");
        var lines = File.ReadAllLines(path);
        var ranges = lines.Count(l => l.Length > 0 && char.IsDigit(l[0]) && l.Split('\t')[0].Contains('-'));
        var empty = lines.Count(l => l.Length > 0 && char.IsDigit(l[0]) && l.Split('\t')[0].Contains('.'));
        var words = lines.Count(l => l.Length > 0 && char.IsDigit(l[0])) - ranges - empty;

        var sentences = ConlluReader.ReadFile(path);

        Assert.True(ranges > 0 && empty > 0, "the fixture has both kinds of line");
        Assert.Equal(words, sentences.Sum(s => s.Words.Count));
        Assert.All(sentences, s => Assert.Equal(Enumerable.Range(1, s.Words.Count), s.Words.Select(w => w.Id)));
        Assert.Contains(sentences[0].Comments, c => c.StartsWith(" text = ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_with_missing_columns_is_an_error_naming_the_source_and_line()
    {
        var text = "# text = a b\n1\ta\ta\tDET\tDT\t_\t2\tdet\t_\t_\n2\tb\tb\tNOUN\n";

        var error = Assert.Throws<InvalidDataException>(() => ConlluReader.Read(new StringReader(text), "broken.conllu").ToList());

        Assert.Contains("broken.conllu:3", error.Message, StringComparison.Ordinal);
    }
}
