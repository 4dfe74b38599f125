/// The page's only style sheet and script, served from the binary (`/assets/…`): no font, script or style
/// is ever fetched from elsewhere, so the workbench works on a network cut off from the internet.
enum Assets {
    static let css = """
    :root { --ink:#1f2933; --muted:#5f6b7a; --line:#c9d1da; --accent:#1d5fa8; --bad:#b42318; --good:#1a7f37; --paper:#fff; --bg:#f3f5f8; }
    * { box-sizing: border-box; }
    body { margin:0; font-family: "Yu Gothic UI","Meiryo","Hiragino Sans","Noto Sans CJK JP",system-ui,sans-serif; color:var(--ink); background:var(--bg); font-size:15px; line-height:1.6; }
    header.top { display:flex; align-items:center; gap:16px; padding:10px 24px; background:#17324d; color:#fff; }
    header.top .brand { font-weight:bold; font-size:18px; color:#fff; text-decoration:none; }
    header.top form { margin-left:auto; }
    header.top button { background:transparent; color:#fff; border:1px solid #8fb3d9; border-radius:4px; padding:2px 10px; cursor:pointer; }
    main { max-width:1180px; margin:0 auto; padding:20px 24px 40px; }
    .card { background:var(--paper); border:1px solid var(--line); border-radius:8px; padding:18px 22px; margin-bottom:18px; }
    h1 { font-size:22px; margin:0 0 12px; } h2 { font-size:18px; margin:0; display:inline; } h3 { font-size:16px; margin:16px 0 8px; }
    .steps { display:flex; gap:8px; margin-bottom:14px; color:var(--muted); font-size:13px; flex-wrap:wrap; }
    .steps span { padding:2px 10px; border-radius:12px; background:#e4e9ef; } .steps span.now { background:var(--accent); color:#fff; }
    .drop { border:2px dashed var(--line); border-radius:8px; padding:26px; text-align:center; background:#fafbfc; }
    .drop.over { border-color:var(--accent); background:#eef4fb; }
    button.primary, a.button { background:var(--accent); color:#fff; border:0; border-radius:6px; padding:8px 18px; font-size:15px; cursor:pointer; text-decoration:none; display:inline-block; }
    button.primary[disabled] { opacity:.6; cursor:progress; }
    button.plain { background:#fff; border:1px solid var(--line); border-radius:6px; padding:6px 14px; cursor:pointer; }
    label.field { display:block; margin:10px 0 4px; font-weight:bold; }
    select, input[type=text], input[type=number], input[type=password] { font-size:15px; padding:5px 8px; border:1px solid var(--line); border-radius:4px; min-width:260px; }
    select[multiple] { min-height:8em; }
    .error { color:var(--bad); font-weight:bold; margin:4px 0; }
    .invalid select, .invalid input { border-color:var(--bad); }
    .note, .muted { color:var(--muted); font-size:13px; }
    table.cols { border-collapse:collapse; width:100%; font-size:14px; }
    table.cols th, table.cols td { border-bottom:1px solid var(--line); padding:4px 8px; text-align:left; vertical-align:top; }
    table.cols td.num { text-align:right; }
    ul.tools { list-style:none; padding:0; columns:2; } ul.tools li { margin:3px 0; }
    ul.tools li.beyond:first-of-type { margin-top:0; }
    nav.sheets { display:flex; gap:6px; margin:6px 0 12px; flex-wrap:wrap; }
    nav.sheets a { padding:3px 12px; border:1px solid var(--line); border-radius:14px; background:#fff; text-decoration:none; color:var(--accent); }
    section.sheet { background:#fff; border:1px solid var(--line); border-radius:8px; padding:12px 16px; margin-bottom:16px; }
    section.sheet summary { cursor:pointer; }
    .grid { overflow-x:auto; margin-top:8px; }
    table.report { border-collapse:collapse; font-size:13.5px; }
    table.report td { padding:2px 10px; white-space:nowrap; min-width:3em; }
    table.report td.num { text-align:right; font-variant-numeric:tabular-nums; }
    table.report td.header { font-weight:bold; }
    table.report td.title { font-weight:bold; font-size:16px; padding-top:8px; }
    table.report td.emphasis { font-weight:bold; }
    table.report td.note { color:var(--muted); }
    table.report td.paragraph { white-space:normal; max-width:60em; }
    table.report td.input { background:#fff7cc; }
    table.report td.rule-top { border-top:1px solid #333; } table.report td.rule-bottom { border-bottom:1px solid #333; }
    table.report td.formula { cursor:help; }
    .charts { display:flex; flex-wrap:wrap; gap:14px; margin-top:12px; }
    svg.chart { width:520px; max-width:100%; height:auto; font-family:inherit; }
    .ok { color:var(--good); font-weight:bold; } .ng { color:var(--bad); font-weight:bold; }
    .mark { font-size:20px; }
    .progress { display:none; margin-left:12px; color:var(--muted); } .busy .progress { display:inline; }
    footer { max-width:1180px; margin:0 auto; padding:0 24px 30px; color:var(--muted); font-size:12.5px; }
    form.inline { display:inline; }
    .code { font-size:28px; letter-spacing:4px; font-weight:bold; }
    .score { font-size:30px; font-weight:bold; }
    """

    /// Drag and drop onto the upload field, the waiting note on long work (queue place and elapsed seconds), and the order of columns chosen in a list, sending a form when a
    /// choice in it (sheet, conversion) changes, and the instructor page's reload
    /// every few seconds. The pages work without it.
    static let js = """
    (function () {
      document.querySelectorAll('.drop').forEach(function (zone) {
        var input = zone.querySelector('input[type=file]');
        ['dragenter', 'dragover'].forEach(function (name) {
          zone.addEventListener(name, function (event) { event.preventDefault(); zone.classList.add('over'); });
        });
        ['dragleave', 'drop'].forEach(function (name) {
          zone.addEventListener(name, function (event) { event.preventDefault(); zone.classList.remove('over'); });
        });
        zone.addEventListener('drop', function (event) {
          if (event.dataTransfer && event.dataTransfer.files.length) { input.files = event.dataTransfer.files; zone.closest('form').requestSubmit(); }
        });
      });
      // While the server works for this page: the label, where this session's work stands in the queue
      // (GET /progress, one sentence) and the seconds elapsed, every second.
      function follow(holder, untilIdle) {
        var note = holder.querySelector('.progress');
        holder.classList.add('busy');
        if (!note || note.getAttribute('data-following')) { return; }
        note.setAttribute('data-following', '1');
        var label = note.textContent, line = '', polls = 0, started = Date.now();
        var timer = setInterval(function () {
          var seconds = Math.floor((Date.now() - started) / 1000);
          note.textContent = label + (line ? ' ' + line : '') + ' ' + note.getAttribute('data-elapsed').replace('{s}', seconds);
          fetch('/progress', { credentials: 'same-origin', cache: 'no-store' }).then(function (response) {
            return response.ok ? response.text() : '';
          }).then(function (text) {
            line = text;
            polls += 1;
            if (untilIdle && !text && polls > 1) {
              clearInterval(timer);
              holder.classList.remove('busy');
              note.textContent = label;
              note.removeAttribute('data-following');
            }
          }).catch(function () {});
        }, 1000);
      }
      document.querySelectorAll('form.work').forEach(function (form) {
        form.addEventListener('submit', function () {
          follow(form, false);
          form.querySelectorAll('button.primary').forEach(function (button) { setTimeout(function () { button.disabled = true; }, 0); });
        });
      });
      // A download does not leave the page: follow it until the server has nothing more to do for this session.
      document.querySelectorAll('a#download').forEach(function (link) {
        link.addEventListener('click', function () { follow(link.parentNode, true); });
      });
      // A list of several columns keeps the order of the clicks (the order of predictors, of result columns)
      // in hidden <name>.order fields, and shows it under the list.
      document.querySelectorAll('select[multiple][data-ordered]').forEach(function (select) {
        var holder = document.getElementById(select.id + '-order');
        var note = document.getElementById(select.id + '-order-note');
        if (!holder) { return; }
        var order = Array.prototype.map.call(holder.querySelectorAll('input'), function (input) { return input.value; });
        function sync() {
          var chosen = Array.prototype.filter.call(select.options, function (option) { return option.selected; })
            .map(function (option) { return option.value; });
          order = order.filter(function (value) { return chosen.indexOf(value) >= 0; });
          chosen.forEach(function (value) { if (order.indexOf(value) < 0) { order.push(value); } });
          holder.textContent = '';
          order.forEach(function (value) {
            var input = document.createElement('input');
            input.type = 'hidden';
            input.name = select.name + '.order';
            input.value = value;
            holder.appendChild(input);
          });
          if (note) { note.textContent = order.length > 1 ? note.getAttribute('data-label') + ' ' + order.join(' → ') : ''; }
        }
        select.addEventListener('change', sync);
        sync();
      });
      document.querySelectorAll('[data-autosubmit]').forEach(function (control) {
        control.addEventListener('change', function () { control.form.submit(); });
      });
      document.querySelectorAll('[data-refresh]').forEach(function (element) {
        var seconds = parseInt(element.getAttribute('data-refresh'), 10);
        if (seconds > 0) { setTimeout(function () { location.reload(); }, seconds * 1000); }
      });
    })();
    """
}
