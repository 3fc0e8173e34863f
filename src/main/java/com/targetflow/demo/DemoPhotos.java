package com.targetflow.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * The demo's evidence photos: a science gallery board on a wall, drawn (no text, so no font is needed),
 * different for every unit and round, so a reviewer's panel looks like a unit's real uploads.
 */
final class DemoPhotos {

    private DemoPhotos() {}

    static byte[] gallery(int unit, int round) {
        Random random = new Random(unit * 31L + round);
        BufferedImage image = new BufferedImage(480, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xd8d2c4)); // the wall
        g.fillRect(0, 0, 480, 360);
        g.setColor(new Color(0x9a9a9a)); // the pavement
        g.fillRect(0, 290, 480, 70);
        g.setColor(new Color(0x1f5f8b)); // the board's frame
        g.fillRoundRect(40, 50, 400, 220, 12, 12);
        g.setColor(new Color(0xf4f1ea));
        g.fillRect(55, 80, 370, 175);
        g.setColor(new Color(0xb71c1c)); // the red title band
        g.fillRect(55, 62, 370, 14);
        for (int poster = 0; poster < 3; poster++) { // three posters of varying colour
            g.setColor(Color.getHSBColor(random.nextFloat(), 0.45f, 0.85f));
            g.fillRect(70 + poster * 120, 95, 100, 140);
            g.setColor(Color.WHITE);
            for (int line = 0; line < 5; line++) {
                g.fillRect(78 + poster * 120, 170 + line * 11, 60 + random.nextInt(25), 4);
            }
        }
        g.setColor(new Color(0x444444)); // the legs
        g.fillRect(80, 270, 10, 30);
        g.fillRect(390, 270, 10, 30);
        g.dispose();
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
