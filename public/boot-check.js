// Runs before the app (a classic script, so it loads even where modules cannot): opened from disk
// (file://), the browser refuses the app's modules and worker, so say in plain words how to serve it.
// The single-file build starts from disk and replaces the loading line before this looks.
(function () {
  if (location.protocol !== 'file:') return;
  setTimeout(function () {
    var boot = document.querySelector('#root .boot');
    if (!boot) return;
    boot.className = 'boot boot-file';
    boot.setAttribute('role', 'alert');
    boot.innerHTML = '';
    // Styled here: from disk the stylesheet may be refused too.
    boot.style.cssText = '';
    boot.style.display = 'flex';
    boot.style.flexDirection = 'column';
    boot.style.gap = '0.6rem';
    boot.style.maxWidth = '46rem';
    boot.style.padding = '2rem';
    boot.style.font = '1.15rem/1.4 system-ui, sans-serif';
    var lines = [
      ['strong', 'Lobule cannot start from a file on disk.'],
      ['span', 'Browsers block its scripts when a page is opened by double-clicking index.html. Serve this folder instead:'],
      ['code', 'npx vite preview        (in the project folder, after npm run build)'],
      ['code', 'python3 -m http.server 8000        (in this folder; then open http://localhost:8000)'],
      ['span', 'Or use the single-file build (npm run build:single), which does run from disk.'],
    ];
    for (var i = 0; i < lines.length; i++) {
      var el = document.createElement(lines[i][0]);
      el.textContent = lines[i][1];
      if (lines[i][0] === 'code') {
        el.style.background = 'rgba(127, 127, 127, 0.15)';
        el.style.padding = '0.3rem 0.5rem';
        el.style.fontSize = '1rem';
      }
      boot.appendChild(el);
    }
  }, 1500);
})();
