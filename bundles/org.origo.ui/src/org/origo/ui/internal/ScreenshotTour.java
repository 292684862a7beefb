package org.origo.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.origo.ui.internal.parts.InventoryPart;

/**
 * {@code --screenshots DIR}: once the project is open and no job runs, shows each part in turn,
 * saves a PNG of the window for each into the folder, then closes the workbench. Used to take the
 * documentation's pictures from the running application.
 */
final class ScreenshotTour {

    private static final List<String> PARTS = List.of("inventory", "asset", "dashboard", "plan", "catalogs", "plugins");

    private final Workbench wb;
    private final Path dir;
    private final Deque<String> todo = new ArrayDeque<>(PARTS);
    private int waited;

    ScreenshotTour(Workbench wb, Path dir) {
        this.wb = wb;
        this.dir = dir;
    }

    void start() {
        wb.display().timerExec(1000, this::step);
    }

    private void step() {
        Shell shell = wb.getShell();
        if (shell == null || shell.isDisposed()) {
            return;
        }
        InventoryPart inv = wb.part(InventoryPart.ID);
        boolean ready = !wb.jobs().busy() && (inv == null || inv.settled() || !wb.session().isOpen());
        if (!ready && waited++ < 600) {
            wb.display().timerExec(500, this::step);
            return;
        }
        if (todo.isEmpty()) {
            wb.setClosePrompt((s, n) -> 1);
            wb.close();
            return;
        }
        String id = todo.poll();
        if ("asset".equals(id) && inv != null && inv.index() != null && inv.index().size() > 0) {
            wb.openAsset(inv.index().asset(inv.rows().length > 0 ? inv.rows()[0] : 0));
        } else {
            wb.showPart(id);
        }
        wb.display().timerExec(1500, () -> {
            capture(shell, id);
            step();
        });
    }

    private void capture(Shell shell, String name) {
        Rectangle b = shell.getBounds();
        Image img = new Image(shell.getDisplay(), b.width, b.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(img, b.x, b.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { img.getImageData() };
            Files.createDirectories(dir);
            Path out = dir.resolve("workbench-" + name + ".png");
            loader.save(out.toString(), SWT.IMAGE_PNG);
            System.out.println(out);
        } catch (IOException e) {
            System.err.println(dir + ": " + e.getMessage());
        } finally {
            gc.dispose();
            img.dispose();
        }
    }
}
