using System.Globalization;

namespace ActorGraph.Syntax.Conllu;

/// <summary>Writes sentences as CoNLL-U (comments first, one word a line, a blank line after each sentence).</summary>
public static class ConlluWriter
{
    /// <summary>Writes the sentences to a text writer.</summary>
    public static void Write(TextWriter writer, IEnumerable<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sentences);
        foreach (var sentence in sentences)
        {
            foreach (var comment in sentence.Comments)
            {
                writer.Write('#');
                writer.Write(comment);
                writer.Write('\n');
            }

            foreach (var w in sentence.Words)
            {
                writer.Write(string.Join('\t',
                    w.Id.ToString(CultureInfo.InvariantCulture), w.Form, w.Lemma, w.Upos, w.Xpos, w.Feats,
                    w.Head < 0 ? "_" : w.Head.ToString(CultureInfo.InvariantCulture), w.Deprel, w.Deps, w.Misc));
                writer.Write('\n');
            }

            writer.Write('\n');
        }
    }
}
