// Shows what the form would send, instead of sending it (this example has no server).
const form = document.getElementById('franvaro');
const output = document.getElementById('skickat');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const lines = [...new FormData(form).entries()]
    .filter(([name]) => name !== 'hjul')
    .map(([name, value]) => `${name} = ${value}`);
  output.textContent = lines.length ? lines.join('\n') : 'Inga svar (det går bra).';
});
