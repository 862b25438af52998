//! Work that nobody sees within a frame, kept out of a step's frame: in the check's entry, whose
//! steps must each fit in a frame on a slow phone, writing the history entry, the tab's title and
//! the saved answers waits until the new page is painted. `pushState` alone costs more than
//! rendering a step (it grows with the history's length).
//!
//! The jobs run in the order they were asked for, in a task after the next frame; leaving the
//! page (`pagehide`) runs them at once, so a reload straight after a step keeps its answers.
//! The other entries, which have no steps, run each job at once (smaller).

#[cfg(feature = "questions")]
type Job = Box<dyn FnOnce()>;

#[cfg(feature = "questions")]
thread_local! {
    static PENDING: std::cell::RefCell<Vec<Job>> = const { std::cell::RefCell::new(Vec::new()) };
    /// The `pagehide` listener, made with the first job and kept for the page's life.
    static ON_LEAVE: std::cell::OnceCell<Option<gloo_events::EventListener>> = const { std::cell::OnceCell::new() };
}

/// Runs `job` after the next frame is painted (at once outside the check's entry, or in a tab
/// that paints no frames).
#[cfg(feature = "questions")]
pub fn run(job: impl FnOnce() + 'static) {
    let first = PENDING.with(|p| {
        let mut p = p.borrow_mut();
        p.push(Box::new(job));
        p.len() == 1
    });
    let Some(w) = web_sys::window().filter(|_| first) else {
        return;
    };
    ON_LEAVE.with(|l| {
        l.get_or_init(|| Some(gloo_events::EventListener::new(&w, "pagehide", |_| flush())));
    });
    // In the next frame, before it paints; then in a task after it.
    let in_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            let after = wasm_bindgen::closure::Closure::once_into_js(flush);
            let _ = w.set_timeout_with_callback(wasm_bindgen::JsCast::unchecked_ref(&after));
        }
    });
    // A hidden tab paints no frames: run at once.
    let hidden = w.document().is_none_or(|d| d.hidden());
    if hidden
        || w.request_animation_frame(wasm_bindgen::JsCast::unchecked_ref(&in_frame))
            .is_err()
    {
        flush();
    }
}

#[cfg(not(feature = "questions"))]
pub fn run(job: impl FnOnce() + 'static) {
    job();
}

/// Runs the jobs still waiting; whatever reads the address or the storage for more than the
/// route calls it first.
pub fn flush() {
    #[cfg(feature = "questions")]
    loop {
        // A job may ask for another: take them one at a time.
        let Some(job) = PENDING.with(|p| {
            let mut p = p.borrow_mut();
            (!p.is_empty()).then(|| p.remove(0))
        }) else {
            break;
        };
        job();
    }
}
