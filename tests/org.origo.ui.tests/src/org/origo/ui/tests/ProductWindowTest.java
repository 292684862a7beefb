package org.origo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.origo.ui.internal.WindowState;
import org.origo.ui.internal.WorkbenchApplication;

/**
 * Starts the workbench application itself (the one {@code ./origo workbench} runs, not a window
 * the test sizes) and measures the window it opens; then checks that a changed size is remembered.
 */
class ProductWindowTest {

    private static IApplicationContext context(String... args) {
        return (IApplicationContext) Proxy.newProxyInstance(ProductWindowTest.class.getClassLoader(),
                new Class<?>[] { IApplicationContext.class }, (proxy, method, a) -> switch (method.getName()) {
                    case "getArguments" -> Map.of(IApplicationContext.APPLICATION_ARGS, args);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == a[0];
                    case "toString" -> "test application context";
                    default -> null;
                });
    }

    /** Runs the application until the window is up, lets {@code whileOpen} act on it, then closes it. */
    private static Rectangle runOnce(Display d, java.util.function.Consumer<Shell> whileOpen) throws Exception {
        AtomicReference<Rectangle> seen = new AtomicReference<>();
        long end = System.currentTimeMillis() + 30_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell s : d.getShells()) {
                if (!s.isDisposed() && s.isVisible() && s.getText().startsWith("Origo")) {
                    UiTestSupport.settle(d, 300);
                    seen.set(s.getBounds());
                    whileOpen.accept(s);
                    s.close();
                    return;
                }
            }
            if (System.currentTimeMillis() < end) {
                d.timerExec(100, poll[0]);
            }
        };
        d.timerExec(100, poll[0]);
        Object exit = new WorkbenchApplication().start(context());
        assertEquals(org.eclipse.equinox.app.IApplication.EXIT_OK, exit);
        assertNotNull(seen.get(), "the workbench window did not appear");
        return seen.get();
    }

    @Test
    void theProductWindowOpensLargeAndRemembersItsSize() throws Exception {
        Display d = UiTestSupport.display();
        UiTestSupport.context();
        // a first start: nothing remembered
        WindowState fresh = new WindowState();
        fresh.save();
        Rectangle screen = d.getPrimaryMonitor().getClientArea();
        assertTrue(screen.width >= 1600 && screen.height >= 1000, "the test needs a 1600x1000 screen or larger: " + screen);
        Rectangle first = runOnce(d, s -> {
            try {
                UiTestSupport.screenshot(s, "product-window-first-start");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            s.setBounds(40, 30, 1100, 760);
            UiTestSupport.settle(d, 200);
        });
        assertTrue(first.width >= 1024 && first.height >= 700, "first window " + first + " on " + screen);
        assertTrue(first.width <= screen.width && first.height <= screen.height, "first window " + first + " on " + screen);

        Rectangle second = runOnce(d, s -> {
        });
        assertEquals(1100, second.width, "remembered width: " + second);
        assertEquals(760, second.height, "remembered height: " + second);
    }

    @Test
    void firstSizeOnA1600x1000ScreenAndOnSmallScreens() {
        Rectangle onLarge = WindowState.firstBounds(new Rectangle(0, 0, 1600, 1000));
        assertTrue(onLarge.width >= 1024 && onLarge.height >= 700, onLarge.toString());
        assertTrue(onLarge.x >= 0 && onLarge.y >= 0 && onLarge.x + onLarge.width <= 1600 && onLarge.y + onLarge.height <= 1000,
                onLarge.toString());
        Rectangle onSmall = WindowState.firstBounds(new Rectangle(0, 24, 1024, 744));
        assertEquals(new Rectangle(0, 24, 1024, 744), onSmall);
        // a remembered 630x61 strip (or a window off screen) never comes back
        WindowState s = new WindowState();
        s.bounds = new Rectangle(100, 100, 630, 61);
        Rectangle b = s.boundsOn(new Rectangle(0, 0, 1600, 1000));
        assertTrue(b.width >= 1024 && b.height >= 700, b.toString());
        s.bounds = new Rectangle(5000, 5000, 1200, 800);
        assertEquals(WindowState.firstBounds(new Rectangle(0, 0, 1600, 1000)), s.boundsOn(new Rectangle(0, 0, 1600, 1000)));
    }
}
