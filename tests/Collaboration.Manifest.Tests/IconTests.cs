using Collaboration.Manifest.Icons;

namespace Collaboration.Manifest.Tests;

public sealed class IconTests
{
    [Fact]
    public void Colour_icon_is_192_by_192_and_opaque()
    {
        var icon = Read("color.png");

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.All(icon.Pixels(), p => Assert.Equal(255, p.A));
        Assert.Empty(TeamsRules.CheckColorIcon("color.png", icon));
    }

    [Fact]
    public void Outline_icon_is_32_by_32_and_only_white_or_fully_transparent()
    {
        var icon = Read("outline.png");

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.All(icon.Pixels(), p => Assert.True(p.IsTransparent || (p.IsWhite && p.A == 255), $"pixel {p}"));
        Assert.Contains(icon.Pixels(), p => p.IsWhite && p.A == 255);
        Assert.Contains(icon.Pixels(), p => p.IsTransparent);
        Assert.Empty(TeamsRules.CheckOutlineIcon("outline.png", icon));
    }

    [Fact]
    public void Colour_icon_keeps_its_symbol_inside_the_central_96_pixel_square()
    {
        var icon = Read("color.png");
        var background = icon[0, 0];

        for (var y = 0; y < 192; y++)
        {
            for (var x = 0; x < 192; x++)
            {
                var inside = x is >= 48 and < 144 && y is >= 48 and < 144;
                Assert.True(inside || icon[x, y] == background, $"pixel ({x}, {y}) outside the symbol area is {icon[x, y]}");
            }
        }
    }

    [Fact]
    public void Committed_icons_are_what_the_generator_draws()
    {
        Assert.Equal(IconArtist.DrawColor().Rgba, Read("color.png").Rgba);
        Assert.Equal(IconArtist.DrawOutline().Rgba, Read("outline.png").Rgba);
    }

    [Fact]
    public void Png_codec_reads_back_what_it_writes()
    {
        var image = IconArtist.DrawColor();
        using var stream = new MemoryStream();

        PngCodec.Write(image, stream);
        stream.Position = 0;

        Assert.Equal(image.Rgba, PngCodec.Read(stream).Rgba);
    }

    private static PngImage Read(string name)
    {
        using var stream = File.OpenRead(Path.Combine(Sources.Manifest.AppDirectory, name));
        return PngCodec.Read(stream);
    }
}
