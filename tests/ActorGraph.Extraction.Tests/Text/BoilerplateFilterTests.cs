using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Tests.Text;

public sealed class BoilerplateFilterTests
{
    private const string Body1 = "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Thursday.";
    private const string Body2 = "The two leaders signed a statement on a multipolar world, officials said.";

    private static string Paragraphs(params string[] paragraphs) => string.Join("\n\n", paragraphs);

    [Theory]
    [InlineData("More World News")]
    [InlineData("Related:")]
    [InlineData("Related stories")]
    [InlineData("Read more")]
    [InlineData("Most read")]
    [InlineData("You may also like")]
    [InlineData("Recommended")]
    [InlineData("MORE FROM REUTERS")]
    public void A_teaser_heading_and_every_paragraph_after_it_are_removed(string heading)
    {
        var text = Paragraphs(Body1, Body2, heading, "Floods hit Spain as Madrid declares emergency", "Japan elects a new prime minister");

        Assert.Equal(Paragraphs(Body1, Body2), BoilerplateFilter.Clean(text));
    }

    [Fact]
    public void A_teaser_heading_on_its_own_line_inside_a_paragraph_cuts_the_rest()
    {
        Assert.Equal(Body1, BoilerplateFilter.Clean(Body1 + "\nMore World News\nFloods hit Spain"));
    }

    [Fact]
    public void An_inline_teaser_link_drops_only_its_own_line()
    {
        var text = Paragraphs(Body1, "Read more: Why China backs Russia", Body2);

        Assert.Equal(Paragraphs(Body1, Body2), BoilerplateFilter.Clean(text));
    }

    [Fact]
    public void Single_line_breaks_end_paragraphs_so_a_closing_appeal_drops_only_itself()
    {
        var text = Body1 + "\n" + Body2 + "\nDear readers,\nour reporting depends on your support. Please give what you can.";

        Assert.Equal(Paragraphs(Body1, Body2), BoilerplateFilter.Clean(text));
    }

    [Fact]
    public void A_line_broken_mid_sentence_still_joins_the_next_line()
    {
        Assert.Equal(Body1, BoilerplateFilter.Clean("Chinese President Xi Jinping met Russian President\nVladimir Putin in Moscow on Thursday."));
    }

    [Theory]
    [InlineData("ALSO READ")]
    [InlineData("Read also:")]
    [InlineData("See also")]
    public void An_inline_teaser_heading_drops_its_headlines_and_keeps_the_story_after_them(string heading)
    {
        var text = string.Join("\n", Body1, heading, "Floods hit Spain as Madrid declares emergency", "Japan elects a new prime minister", Body2);

        Assert.Equal(Paragraphs(Body1, Body2), BoilerplateFilter.Clean(text));
    }

    [Theory]
    [InlineData("MORE ABOUT")]
    [InlineData("More about Ukraine")]
    public void Teaser_headlines_after_more_about_are_removed(string heading)
    {
        var text = Paragraphs(Body1, heading, "Poland closes its border crossings with Belarus", "Kenya sends police to Haiti");

        Assert.Equal(Body1, BoilerplateFilter.Clean(text));
    }

    [Theory]
    [InlineData("Leaders pose for a photo at the summit in Kazan. (Sputnik via AP)")]
    [InlineData("Rescuers search the rubble of a hospital in Kyiv. (Ukrainian Emergency Service via AP)")]
    [InlineData("Troops parade through the capital. (Photo/AFP)")]
    public void Captions_credited_through_an_agency_are_removed(string caption)
    {
        Assert.Equal(Paragraphs(Body1, Body2), BoilerplateFilter.Clean(Paragraphs(Body1, caption, Body2)));
    }

    [Theory]
    [InlineData("Officials said more talks would follow and that support for the deal was growing.")]
    [InlineData("More than 200 people were killed, the Red Cross said.")]
    [InlineData("Washington pledged to support Kyiv and to donate air defence systems.")]
    [InlineData("\"They must support us,\" Zelensky said.")]
    [InlineData("Hungary did not subscribe to the EU statement.")]
    [InlineData("Related talks in Geneva ended without a deal.")]
    [InlineData("By Tuesday, Russian troops had withdrawn from the town.")]
    [InlineData("By March, the army had regrouped.")]
    [InlineData("Copyright law in Russia was changed last year.")]
    [InlineData("Subscribers to the pact include France and Germany.")]
    [InlineData("Recommended measures include sanctions on Russian banks.")]
    [InlineData("Published figures show Russia's economy shrank by 2 percent.")]
    [InlineData("Updated sanctions lists were released on Friday.")]
    public void Body_sentences_that_merely_mention_a_cue_word_survive(string sentence)
    {
        Assert.Equal(Paragraphs(Body1, sentence, Body2), BoilerplateFilter.Clean(Paragraphs(Body1, sentence, Body2)));
    }

    [Theory]
    [InlineData("Dear readers, we rely on your generosity to keep our reporting free.")]
    [InlineData("Please support us with a donation today.")]
    [InlineData("Support independent journalism: become a member.")]
    [InlineData("Sign up for our newsletter to get the day's top stories.")]
    [InlineData("Subscribe")]
    [InlineData("Donate")]
    [InlineData("Remind me later")]
    [InlineData("Already a subscriber? Log in.")]
    [InlineData("Share this article")]
    [InlineData("Advertisement")]
    public void Donation_subscription_and_newsletter_appeals_are_removed(string appeal)
    {
        Assert.Equal(Paragraphs(Body1, Body2), BoilerplateFilter.Clean(Paragraphs(Body1, appeal, Body2)));
    }

    [Theory]
    [InlineData("Published 8 July 2024 · 3 min read")]
    [InlineData("Updated: May 8, 2025 10:00 GMT")]
    [InlineData("Last updated 2 hours ago")]
    [InlineData("4 min read")]
    public void Timestamp_lines_are_removed(string line)
    {
        Assert.Equal(Paragraphs(Body1, Body2), BoilerplateFilter.Clean(Paragraphs(line, Body1, Body2)));
    }

    [Fact]
    public void An_appeal_running_over_several_paragraphs_is_removed_whole()
    {
        var text = Paragraphs(
            Body1,
            "Dear readers,",
            "Our independent reporting is funded by readers like you.",
            "Every contribution, however big or small, helps.",
            "Remind me later",
            Body2);

        Assert.Equal(Paragraphs(Body1, Body2), BoilerplateFilter.Clean(text));
    }

    [Theory]
    [InlineData("© 2025 Example News. All rights reserved.")]
    [InlineData("Copyright 2025 The Associated Press. All rights reserved.")]
    [InlineData("Copyright © Example Media")]
    [InlineData("This material may not be published, broadcast, rewritten or redistributed.")]
    [InlineData("Reproduced with permission of the publisher.")]
    [InlineData("This article was originally published on The Conversation.")]
    public void Copyright_lines_are_removed(string notice)
    {
        Assert.Equal(Paragraphs(Body1, Body2), BoilerplateFilter.Clean(Paragraphs(Body1, Body2, notice)));
    }

    [Theory]
    [InlineData("By Jane Doe")]
    [InlineData("By JANE DOE, Staff Writer")]
    [InlineData("By Jane Doe and John Smith in Kyiv")]
    [InlineData("Reporting by Pavel Polityuk; Editing by Alex Richardson")]
    [InlineData("(Reporting by Pavel Polityuk; Editing by Alex Richardson)")]
    [InlineData("Additional reporting by Olena Harmash")]
    public void Bylines_and_production_credits_are_removed(string byline)
    {
        Assert.Equal(Paragraphs(Body1, Body2), BoilerplateFilter.Clean(Paragraphs(byline, Body1, Body2)));
    }

    [Fact]
    public void A_credit_appended_to_the_last_paragraph_is_trimmed()
    {
        Assert.Equal(
            Paragraphs(Body1, Body2),
            BoilerplateFilter.Clean(Paragraphs(Body1, Body2 + " (Reporting by Pavel Polityuk; Editing by Alex Richardson)")));
    }

    [Theory]
    [InlineData("Xi and Putin in Moscow. (Photo: AFP)")]
    [InlineData("Photo: Reuters/Evgenia Novozhenina")]
    [InlineData("Image: Getty")]
    [InlineData("File photo of the Kremlin")]
    [InlineData("FILE PHOTO: Russian President Vladimir Putin attends a meeting.")]
    public void Photo_credits_and_captions_are_removed(string caption)
    {
        Assert.Equal(Paragraphs(Body1, Body2), BoilerplateFilter.Clean(Paragraphs(Body1, caption, Body2)));
    }

    [Theory]
    [InlineData("KYIV, May 8 (Reuters) - ")]
    [InlineData("WASHINGTON — ")]
    [InlineData("WASHINGTON—")]
    [InlineData("BEIJING, Nov. 3 (Xinhua) -- ")]
    [InlineData("LONDON (AP) — ")]
    [InlineData("NEW YORK, May 8 (Reuters) - ")]
    [InlineData("Kyiv, Ukraine (CNN) — ")]
    [InlineData("SAN JUAN, Puerto Rico – ")]
    public void A_dateline_opening_the_body_is_stripped_and_its_sentence_kept(string dateline)
    {
        Assert.Equal(Paragraphs(Body1, Body2), BoilerplateFilter.Clean(Paragraphs(dateline + Body1, Body2)));
    }

    [Theory]
    [InlineData("NATO — the alliance said on Friday it would send more troops.")]
    [InlineData("Russia - which denies the charge - said it was ready to talk.")]
    [InlineData("The talks - the first in years - ended on Friday.")]
    public void A_sentence_with_a_dash_is_not_mistaken_for_a_dateline(string sentence)
    {
        Assert.Equal(sentence, BoilerplateFilter.Clean(sentence));
    }

    [Fact]
    public void Only_the_first_body_paragraph_loses_a_dateline()
    {
        var second = "MOSCOW — " + Body2;
        Assert.Equal(Paragraphs(Body1, second), BoilerplateFilter.Clean(Paragraphs(Body1, second)));
    }

    [Fact]
    public void A_dateline_after_a_byline_is_still_at_the_start_of_the_body()
    {
        Assert.Equal(Body1, BoilerplateFilter.Clean("By Jane Doe\nKYIV, May 8 (Reuters) - " + Body1));
    }

    [Fact]
    public void Whitespace_is_collapsed_within_paragraphs_and_paragraphs_are_separated_by_one_blank_line()
    {
        var text = "  Xi   met\tPutin\non Thursday.  \n\n\n\n  Biden\r\ncalled Zelensky.  ";

        Assert.Equal("Xi met Putin on Thursday.\n\nBiden called Zelensky.", BoilerplateFilter.Clean(text));
    }

    [Fact]
    public void Smart_quotes_are_kept()
    {
        const string text = "“We will not back down,” Zelensky said of Russia’s offer.";
        Assert.Equal(text, BoilerplateFilter.Clean(text));
    }

    [Fact]
    public void Cleaning_is_idempotent_on_a_scraped_article()
    {
        var text = Paragraphs("By Jane Doe", "KYIV, May 8 (Reuters) - " + Body1, "Photo: AFP", Body2, "Dear readers, please donate.", "© 2025 Example", "Most read", "Floods in Spain");
        var once = BoilerplateFilter.Clean(text);

        Assert.Equal(Paragraphs(Body1, Body2), once);
        Assert.Equal(once, BoilerplateFilter.Clean(once));
    }

    [Fact]
    public void A_teaser_heading_before_any_body_drops_only_itself()
    {
        Assert.Equal(Body1, BoilerplateFilter.Clean(Paragraphs("Recommended", Body1)));
    }

    [Fact]
    public void Empty_text_stays_empty()
    {
        Assert.Equal("", BoilerplateFilter.Clean(""));
        Assert.Equal("", BoilerplateFilter.Clean("  \n\n "));
    }
}
