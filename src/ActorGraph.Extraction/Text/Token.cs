namespace ActorGraph.Extraction.Text;

/// <summary>A word or punctuation mark in a sentence, with its offsets and folded form.</summary>
/// <param name="Start">Offset of the first character in the sentence.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="Text">The token as written.</param>
/// <param name="Norm">Folded form: lowercase, no accents.</param>
/// <param name="IsWord">Whether it is a word (letters or digits) rather than punctuation.</param>
public readonly record struct Token(int Start, int Length, string Text, string Norm, bool IsWord)
{
    /// <summary>End offset (exclusive).</summary>
    public int End => Start + Length;

    /// <summary>Whether the token starts with an upper-case letter.</summary>
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>Whether every letter in the token is upper case (acronyms such as WHO, US).</summary>
    public bool IsAllCaps
    {
        get
        {
            var letters = 0;
            foreach (var c in Text)
            {
                if (char.IsLetter(c))
                {
                    letters++;
                    if (!char.IsUpper(c))
                    {
                        return false;
                    }
                }
            }

            return letters > 0;
        }
    }
}
