"""Flat illustrations for the demo, drawn with Pillow shapes so nothing is downloaded or committed.

A scene is a function ``(draw, width, height, rnd)`` that paints on a canvas already filled with its
sky or wall colour; ``rnd`` is a :class:`random.Random` seeded from the picture's key, so the same
key always gives the same picture and two stories of one theme still differ (colours, positions).
Shapes are placed in fractions of the canvas, so a scene reads at 1200×675 and at 900×675 alike.
No text is drawn: Arabic needs shaping that Pillow may lack, and a caption belongs in the page.
"""

from __future__ import annotations

import math
import random

from PIL import ImageDraw

INK = (34, 34, 34)
SKIN = ((241, 194, 150), (198, 134, 86), (141, 85, 36), (224, 172, 105))
CLOTHES = ((143, 29, 33), (20, 61, 89), (33, 104, 105), (188, 108, 37), (58, 74, 126), (96, 108, 56))
SKIES = ((196, 226, 240), (250, 222, 190), (214, 232, 220), (232, 224, 246))


class Canvas:
    """Fractions of the picture → pixels, and the few shapes the scenes are made of."""

    def __init__(self, draw: ImageDraw.ImageDraw, width: int, height: int, outline: int = 0):
        self.draw, self.w, self.h, self.outline = draw, width, height, outline

    def box(self, x0, y0, x1, y1):
        return [x0 * self.w, y0 * self.h, x1 * self.w, y1 * self.h]

    def rect(self, x0, y0, x1, y1, fill, radius=0.0):
        self.draw.rounded_rectangle(self.box(x0, y0, x1, y1), radius=radius * self.h, fill=fill,
                                    outline=INK if self.outline else None, width=self.outline)

    def ellipse(self, x0, y0, x1, y1, fill):
        self.draw.ellipse(self.box(x0, y0, x1, y1), fill=fill, outline=INK if self.outline else None,
                          width=self.outline)

    def circle(self, cx, cy, r, fill):
        """``r`` in fractions of the height, so circles stay round on any canvas."""
        rx = r * self.h / self.w
        self.ellipse(cx - rx, cy - r, cx + rx, cy + r, fill)

    def poly(self, points, fill):
        self.draw.polygon([(x * self.w, y * self.h) for x, y in points], fill=fill,
                          outline=INK if self.outline else None, width=max(self.outline, 1))

    def line(self, points, fill=INK, width=0.01):
        self.draw.line([(x * self.w, y * self.h) for x, y in points], fill=fill, width=max(1, int(width * self.h)))

    def person(self, cx, feet, height, rnd, arm_up=False, head_scale=1.0):
        """A standing figure: legs, body, arms, a round head (bigger for a caricature)."""
        skin, cloth = rnd.choice(SKIN), rnd.choice(CLOTHES)
        head = 0.13 * height * head_scale
        body_top = feet - height * 0.78
        self.line([(cx - 0.012, feet), (cx - 0.008, feet - height * 0.4)], INK, 0.018)
        self.line([(cx + 0.012, feet), (cx + 0.008, feet - height * 0.4)], INK, 0.018)
        self.rect(cx - 0.035, body_top, cx + 0.035, feet - height * 0.38, cloth, radius=0.02)
        hand_y = body_top - 0.08 if arm_up else feet - height * 0.42
        self.line([(cx + 0.03, body_top + 0.02), (cx + 0.07, hand_y)], cloth, 0.02)
        self.line([(cx - 0.03, body_top + 0.02), (cx - 0.06, feet - height * 0.42)], cloth, 0.02)
        self.circle(cx, body_top - head, head, skin)
        self.circle(cx - head * 0.35 * self.h / self.w, body_top - head * 1.1, head * 0.12, INK)
        self.circle(cx + head * 0.35 * self.h / self.w, body_top - head * 1.1, head * 0.12, INK)
        mouth = self.box(cx - head * 0.4 * self.h / self.w, body_top - head * 0.75,
                         cx + head * 0.4 * self.h / self.w, body_top - head * 0.35)
        # A caricature's big head frowns at its subject; a news illustration's figure smiles.
        start, end = (200, 340) if head_scale > 1 else (20, 160)
        self.draw.arc(mouth, start, end, fill=INK, width=max(2, int(0.006 * self.h)))
        return cx + 0.07, hand_y


def _ground(c: Canvas, top: float, colour):
    c.rect(-0.01, top, 1.01, 1.01, colour)


def _sun(c: Canvas, rnd):
    c.circle(rnd.uniform(0.1, 0.9), rnd.uniform(0.1, 0.2), 0.07, (255, 208, 80))


def _skyline(c: Canvas, rnd, base=0.7, colour=(150, 160, 175)):
    x = 0.0
    while x < 1:
        w = rnd.uniform(0.06, 0.12)
        top = base - rnd.uniform(0.15, 0.4)
        c.rect(x, top, x + w, base, colour)
        for wy in range(int((base - top) / 0.06)):
            for wx in range(int(w / 0.03)):
                if rnd.random() < 0.6:
                    c.rect(x + 0.01 + wx * 0.03, top + 0.03 + wy * 0.06, x + 0.025 + wx * 0.03,
                           top + 0.06 + wy * 0.06, (240, 232, 200))
        x += w + 0.01


def ballot(c: Canvas, rnd):
    _ground(c, 0.82, (210, 200, 185))
    c.rect(0.34, 0.42, 0.66, 0.82, (235, 235, 240), radius=0.02)
    c.rect(0.34, 0.42, 0.66, 0.5, (20, 61, 89))
    c.rect(0.44, 0.44, 0.56, 0.47, INK)
    c.rect(0.47, 0.22, 0.53, 0.46, (255, 255, 255))
    c.line([(0.485, 0.32), (0.5, 0.36), (0.52, 0.28)], (33, 104, 105), 0.012)
    c.circle(0.5, 0.63, 0.07, (143, 29, 33))
    c.person(0.2, 0.86, 0.5, rnd, arm_up=True)
    c.person(0.82, 0.86, 0.46, rnd)


def building(c: Canvas, rnd):
    _sun(c, rnd)
    _ground(c, 0.8, (200, 190, 170))
    c.poly([(0.25, 0.38), (0.5, 0.2), (0.75, 0.38)], (225, 215, 195))
    c.rect(0.27, 0.38, 0.73, 0.42, (210, 198, 178))
    for i in range(6):
        x = 0.3 + i * 0.08
        c.rect(x, 0.42, x + 0.035, 0.72, (240, 234, 220))
    c.rect(0.24, 0.72, 0.76, 0.76, (210, 198, 178))
    c.rect(0.21, 0.76, 0.79, 0.8, (190, 180, 160))
    c.line([(0.5, 0.2), (0.5, 0.06)], INK, 0.006)
    c.rect(0.5, 0.06, 0.58, 0.11, rnd.choice(CLOTHES))
    for x in (0.1, 0.88):
        c.person(x, 0.93, 0.25, rnd)


def train(c: Canvas, rnd):
    _skyline(c, rnd, base=0.62)
    _ground(c, 0.62, (180, 180, 175))
    c.rect(-0.01, 0.8, 1.01, 0.82, (90, 90, 90))
    c.rect(0.05, 0.45, 0.8, 0.78, rnd.choice(CLOTHES), radius=0.05)
    for i in range(6):
        c.rect(0.09 + i * 0.11, 0.5, 0.17 + i * 0.11, 0.62, (200, 230, 245), radius=0.01)
    c.rect(0.05, 0.68, 0.8, 0.71, (250, 250, 250))
    for x in (0.15, 0.3, 0.55, 0.7):
        c.circle(x, 0.8, 0.035, INK)
    c.person(0.9, 0.92, 0.3, rnd)


def weather(c: Canvas, rnd):
    c.rect(-0.01, -0.01, 1.01, 1.01, (150, 165, 180))
    _ground(c, 0.75, (70, 120, 150))
    for i in range(8):
        y = 0.78 + i * 0.03
        c.line([(x / 20, y + 0.015 * math.sin(x + i)) for x in range(21)], (220, 235, 245), 0.008)
    for cx in (0.25, 0.55, 0.8):
        for dx, r in ((-0.06, 0.08), (0.0, 0.11), (0.07, 0.08)):
            c.circle(cx + dx, 0.22, r, (235, 238, 242))
    for _ in range(40):
        x, y = rnd.uniform(0, 1), rnd.uniform(0.32, 0.72)
        c.line([(x, y), (x - 0.01, y + 0.05)], (225, 235, 250), 0.006)
    hand = c.person(0.4, 0.92, 0.4, rnd, arm_up=True)
    c.poly([(hand[0] - 0.1, hand[1]), (hand[0], hand[1] - 0.1), (hand[0] + 0.1, hand[1])], (143, 29, 33))


def school(c: Canvas, rnd):
    c.rect(-0.01, -0.01, 1.01, 1.01, (236, 228, 210))
    c.rect(0.2, 0.08, 0.8, 0.42, (40, 80, 60), radius=0.01)
    for i in range(3):
        c.line([(0.27, 0.16 + i * 0.08), (0.27 + rnd.uniform(0.25, 0.45), 0.16 + i * 0.08)], (230, 230, 220), 0.01)
    c.circle(0.9, 0.18, 0.08, (255, 255, 255))
    c.line([(0.9, 0.18), (0.9, 0.12)], INK, 0.008)
    c.line([(0.9, 0.18), (0.93, 0.2)], INK, 0.008)
    _ground(c, 0.7, (170, 120, 80))
    for i, colour in enumerate(CLOTHES[:4]):
        c.rect(0.12 + i * 0.03, 0.52 + i * 0.045, 0.42 + i * 0.02, 0.565 + i * 0.045, colour)
    c.poly([(0.55, 0.66), (0.85, 0.5), (0.87, 0.53), (0.57, 0.69)], (250, 200, 60))
    c.person(0.68, 0.99, 0.45, rnd)


def football(c: Canvas, rnd):
    c.rect(-0.01, -0.01, 1.01, 0.35, (120, 130, 150))
    for i in range(10):
        c.rect(i * 0.1, 0.35, i * 0.1 + 0.1, 1.01, (60, 150, 70) if i % 2 else (70, 165, 80))
    c.line([(0, 0.55), (1, 0.55)], (245, 245, 245), 0.008)
    c.circle(0.5, 0.55, 0.12, (70, 165, 80))
    c.rect(0.62, 0.3, 0.95, 0.52, (245, 245, 245))
    c.rect(0.635, 0.315, 0.935, 0.52, (60, 150, 70))
    for i in range(8):
        c.line([(0.64 + i * 0.04, 0.32), (0.64 + i * 0.04, 0.52)], (220, 220, 220), 0.003)
    ball_x, ball_y = rnd.uniform(0.35, 0.55), 0.78
    c.circle(ball_x, ball_y, 0.07, (255, 255, 255))
    c.circle(ball_x, ball_y, 0.025, INK)
    for k in range(5):
        angle = k * 2 * math.pi / 5
        c.circle(ball_x + 0.045 * math.cos(angle) * c.h / c.w, ball_y + 0.045 * math.sin(angle), 0.012, INK)
    c.person(0.2, 0.95, 0.5, rnd)


def runner(c: Canvas, rnd):
    _sun(c, rnd)
    c.poly([(0.55, 0.6), (0.7, 0.3), (0.85, 0.6)], (214, 180, 120))
    c.poly([(0.4, 0.6), (0.52, 0.38), (0.64, 0.6)], (200, 165, 105))
    _ground(c, 0.6, (196, 110, 80))
    for i in range(3):
        c.line([(0, 0.7 + i * 0.1), (1, 0.7 + i * 0.1)], (245, 245, 245), 0.006)
    for i, x in enumerate((0.15, 0.32, 0.5)):
        c.person(x, 0.95 - i * 0.03, 0.42, rnd, arm_up=i % 2 == 0)


def fashion(c: Canvas, rnd):
    c.rect(-0.01, -0.01, 1.01, 1.01, rnd.choice(((244, 232, 226), (232, 238, 236))))
    _ground(c, 0.88, (200, 180, 160))
    c.line([(0.08, 0.14), (0.92, 0.14)], INK, 0.012)
    for i in range(5):
        x = 0.16 + i * 0.17
        colour = CLOTHES[(i + rnd.randint(0, 5)) % len(CLOTHES)]
        c.line([(x, 0.14), (x, 0.2)], INK, 0.006)
        c.poly([(x - 0.05, 0.24), (x, 0.2), (x + 0.05, 0.24)], INK)
        if i % 2:
            c.poly([(x - 0.04, 0.24), (x + 0.04, 0.24), (x + 0.075, 0.7), (x - 0.075, 0.7)], colour)
        else:
            c.rect(x - 0.055, 0.24, x + 0.055, 0.55, colour, radius=0.02)
            c.rect(x - 0.055, 0.26, x - 0.03, 0.5, tuple(max(0, v - 30) for v in colour))


def decor(c: Canvas, rnd):
    wall = rnd.choice(((236, 226, 208), (214, 228, 224), (232, 220, 230)))
    c.rect(-0.01, -0.01, 1.01, 1.01, wall)
    _ground(c, 0.8, (170, 125, 85))
    c.rect(0.62, 0.12, 0.9, 0.5, (190, 220, 240))
    c.line([(0.76, 0.12), (0.76, 0.5)], (255, 255, 255), 0.012)
    c.rect(0.15, 0.15, 0.4, 0.35, rnd.choice(CLOTHES))
    c.rect(0.17, 0.17, 0.38, 0.33, (250, 240, 220))
    c.circle(0.3, 0.27, 0.04, (255, 190, 80))
    sofa = rnd.choice(CLOTHES)
    c.rect(0.1, 0.55, 0.6, 0.72, sofa, radius=0.04)
    c.rect(0.08, 0.6, 0.14, 0.8, sofa, radius=0.02)
    c.rect(0.56, 0.6, 0.62, 0.8, sofa, radius=0.02)
    c.rect(0.14, 0.66, 0.56, 0.76, tuple(min(255, v + 40) for v in sofa), radius=0.02)
    c.line([(0.78, 0.8), (0.78, 0.55)], INK, 0.01)
    c.poly([(0.72, 0.55), (0.84, 0.55), (0.81, 0.45), (0.75, 0.45)], (250, 220, 150))
    c.rect(0.86, 0.7, 0.94, 0.8, (170, 90, 60))
    for dx in (-0.03, 0.0, 0.03):
        c.ellipse(0.88 + dx, 0.55, 0.92 + dx, 0.72, (60, 140, 70))


def city(c: Canvas, rnd):
    _sun(c, rnd)
    _skyline(c, rnd, base=0.85, colour=(120, 135, 160))
    _ground(c, 0.85, (110, 110, 110))
    points = [(0.1 + i * 0.1, 0.6 - i * 0.05 + rnd.uniform(-0.04, 0.04)) for i in range(8)]
    c.line(points, (33, 150, 90), 0.02)
    end = points[-1]
    c.poly([(end[0] + 0.04, end[1] - 0.04), (end[0] - 0.02, end[1] - 0.03), (end[0] + 0.02, end[1] + 0.03)],
           (33, 150, 90))


def ship(c: Canvas, rnd):
    _sun(c, rnd)
    _ground(c, 0.65, (40, 110, 160))
    c.poly([(0.15, 0.55), (0.85, 0.55), (0.78, 0.72), (0.22, 0.72)], (245, 245, 245))
    c.rect(0.25, 0.42, 0.7, 0.55, (235, 235, 235))
    c.rect(0.35, 0.32, 0.6, 0.42, (225, 225, 225))
    c.rect(0.5, 0.2, 0.56, 0.32, (143, 29, 33))
    for i in range(8):
        c.circle(0.29 + i * 0.055, 0.485, 0.015, (40, 80, 120))
    c.poly([(0.0, 0.72), (0.12, 0.62), (0.2, 0.72)], (190, 160, 110))


def stars(c: Canvas, rnd):
    c.rect(-0.01, -0.01, 1.01, 1.01, (24, 30, 64))
    for _ in range(70):
        c.circle(rnd.uniform(0, 1), rnd.uniform(0, 1), rnd.uniform(0.003, 0.009), (250, 240, 200))
    c.circle(0.5, 0.5, 0.3, (44, 52, 100))
    c.circle(0.5, 0.5, 0.2, (24, 30, 64))
    for k in range(12):
        a = k * math.pi / 6
        c.circle(0.5 + 0.25 * math.cos(a) * c.h / c.w, 0.5 + 0.25 * math.sin(a), 0.025, (255, 208, 80))
    c.circle(0.82, 0.2, 0.08, (250, 240, 200))
    c.circle(0.85, 0.18, 0.07, (24, 30, 64))


def mosque(c: Canvas, rnd):
    top = rnd.choice(((250, 200, 150), (120, 150, 200), (240, 170, 120)))
    for i in range(10):
        shade = tuple(int(v * (0.7 + 0.03 * i)) for v in top)
        c.rect(-0.01, i * 0.08, 1.01, i * 0.08 + 0.09, shade)
    body = (70, 60, 80)
    _ground(c, 0.85, body)
    c.rect(0.3, 0.55, 0.7, 0.86, body)
    c.circle(0.5, 0.55, 0.16, body)
    c.line([(0.5, 0.39), (0.5, 0.3)], body, 0.01)
    for x in (0.2, 0.8):
        c.rect(x - 0.02, 0.3, x + 0.02, 0.86, body)
        c.poly([(x - 0.025, 0.3), (x, 0.22), (x + 0.025, 0.3)], body)
    c.circle(0.75, 0.15, 0.06, (250, 240, 200))
    c.circle(0.77, 0.14, 0.05, tuple(int(v * 0.7) for v in top))


def traffic(c: Canvas, rnd):
    _skyline(c, rnd, base=0.55)
    _ground(c, 0.55, (95, 95, 100))
    for lane in range(3):
        y = 0.6 + lane * 0.13
        x = rnd.uniform(-0.05, 0.02)
        while x < 1:
            w = rnd.uniform(0.12, 0.2)
            c.rect(x, y, x + w, y + 0.09, rnd.choice(CLOTHES), radius=0.02)
            c.rect(x + 0.02, y - 0.04, x + w - 0.03, y + 0.01, (200, 230, 245), radius=0.01)
            c.circle(x + 0.03, y + 0.09, 0.022, INK)
            c.circle(x + w - 0.03, y + 0.09, 0.022, INK)
            x += w + 0.015
    c.person(0.5, 0.6, 0.35, rnd, arm_up=True, head_scale=1.6)


def bill(c: Canvas, rnd):
    _ground(c, 0.85, (210, 200, 185))
    c.circle(0.78, 0.2, 0.09, (255, 230, 120))
    c.rect(0.765, 0.29, 0.795, 0.34, (150, 150, 150))
    for k in range(8):
        a = k * math.pi / 4
        c.line([(0.78 + 0.11 * math.cos(a) * c.h / c.w, 0.2 + 0.11 * math.sin(a)),
                (0.78 + 0.15 * math.cos(a) * c.h / c.w, 0.2 + 0.15 * math.sin(a))], (230, 180, 40), 0.01)
    hand = c.person(0.3, 0.88, 0.55, rnd, arm_up=True, head_scale=1.6)
    c.rect(hand[0] - 0.01, hand[1], hand[0] + 0.08, 0.97, (255, 255, 255))
    for i in range(12):
        c.line([(hand[0] + 0.005, hand[1] + 0.04 + i * 0.05), (hand[0] + 0.065, hand[1] + 0.04 + i * 0.05)],
               (120, 120, 120), 0.005)


def market(c: Canvas, rnd):
    _ground(c, 0.85, (210, 200, 185))
    c.rect(0.1, 0.45, 0.55, 0.7, (200, 200, 205), radius=0.01)
    for i in range(6):
        c.line([(0.1 + i * 0.09, 0.45), (0.12 + i * 0.08, 0.7)], (150, 150, 155), 0.006)
    for i, colour in enumerate(((200, 40, 40), (250, 180, 40), (60, 150, 70), (240, 120, 40))):
        c.circle(0.18 + i * 0.1, 0.42, 0.06, colour)
    c.circle(0.18, 0.78, 0.04, INK)
    c.circle(0.47, 0.78, 0.04, INK)
    c.line([(0.62, 0.8), (0.75, 0.55), (0.82, 0.62), (0.95, 0.2)], (200, 40, 40), 0.03)
    c.poly([(0.97, 0.12), (0.9, 0.2), (0.97, 0.24)], (200, 40, 40))
    c.person(0.67, 0.95, 0.4, rnd, head_scale=1.6)


def television(c: Canvas, rnd):
    c.rect(-0.01, -0.01, 1.01, 1.01, (236, 228, 210))
    _ground(c, 0.82, (170, 125, 85))
    c.rect(0.3, 0.12, 0.9, 0.6, INK, radius=0.02)
    c.rect(0.33, 0.15, 0.87, 0.57, (70, 165, 80))
    c.circle(0.6, 0.36, 0.08, (255, 255, 255))
    c.rect(0.57, 0.6, 0.63, 0.68, INK)
    c.person(0.15, 0.92, 0.55, rnd, arm_up=True, head_scale=1.6)


def fog(c: Canvas, rnd):
    c.rect(-0.01, -0.01, 1.01, 1.01, (205, 210, 212))
    _ground(c, 0.6, (120, 120, 125))
    c.line([(0.5, 0.6), (0.5, 1.0)], (245, 245, 245), 0.01)
    c.rect(0.3, 0.62, 0.7, 0.85, (143, 29, 33), radius=0.03)
    for x in (0.36, 0.64):
        c.circle(x, 0.76, 0.04, (255, 240, 150))
    for i in range(5):
        y = 0.15 + i * 0.12
        c.rect(rnd.uniform(-0.2, 0.3), y, rnd.uniform(0.7, 1.2), y + 0.06, (225, 228, 230), radius=0.03)
    c.person(0.88, 0.96, 0.4, rnd, head_scale=1.6)


SCENES = {
    "ballot": ballot, "building": building, "train": train, "weather": weather, "school": school,
    "football": football, "runner": runner, "fashion": fashion, "decor": decor, "city": city, "ship": ship,
    "stars": stars, "mosque": mosque, "traffic": traffic, "bill": bill, "market": market,
    "television": television, "fog": fog,
}

# (words in a story's title → scene), tried in order; then the section's scene.
KEYWORDS = (
    (("انتخاب", "المفوضية"), "ballot"),
    (("القطار", "النقل"), "train"),
    (("الشبورة",), "fog"),
    (("نوة", "أمطار", "الأمطار", "السدود", "المياه"), "weather"),
    (("امتحان", "التعليم", "الدراسة", "مدارس"), "school"),
    (("الملاعب", "كأس", "الدوري", "منتخب", "مدربه", "حكم الفيديو"), "football"),
    (("عداء", "سباق", "الاسكواش"), "runner"),
    (("السفن",), "ship"),
    (("التقنية", "صابة", "اتفاقيات"), "city"),
)
SECTION_SCENES = {
    "politics": "building", "arab": "city", "sports": "football", "fashion": "fashion", "decor": "decor",
    "horoscope": "stars", "prayer": "mosque", "caricature": "traffic",
}


def scene_for(section: str | None, title: str = "") -> str:
    """The scene that illustrates a story: a telling word of its title, else its section's."""
    for words, scene in KEYWORDS:
        if any(word in title for word in words):
            return scene
    return SECTION_SCENES.get(section or "", "building")


def paint(image, scene: str, seed: bytes, outline: int = 0) -> None:
    """Paint ``scene`` on ``image`` (RGB); ``outline`` > 0 inks every shape, as a cartoonist would."""
    width, height = image.size
    rnd = random.Random(seed)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, width, height], fill=rnd.choice(SKIES))
    SCENES[scene](Canvas(draw, width, height, outline), rnd)
