// The completion scripts `trib completion <shell>` prints. Each asks `<trib> completion __complete --
// <words>` (lib/cli/completion.ts) and hands its answer to the shell: candidates, then `:<directive>`
// (bit 4: no file names). The program is the one the user typed, so a checkout's bin/trib.js works too.

export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

const bash = `# bash completion for trib. Load it with:  source <(trib completion bash)
_trib_completion() {
  local cur="\${COMP_WORDS[COMP_CWORD]}"
  local -a lines
  mapfile -t lines < <("\${COMP_WORDS[0]}" completion __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)
  COMPREPLY=()
  ((\${#lines[@]} > 0)) || return 0
  local directive="\${lines[-1]#:}" line
  unset 'lines[-1]'
  for line in "\${lines[@]}"; do COMPREPLY+=("\${line%%$'\\t'*}"); done
  if ((\${#COMPREPLY[@]} == 0 && (directive & 4) == 0)); then
    compopt -o filenames 2>/dev/null
    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
  fi
}
complete -F _trib_completion trib
`;

const zsh = `#compdef trib
# zsh completion for trib. Load it with:  source <(trib completion zsh)  (after compinit)
_trib() {
  local -a lines candidates
  lines=("\${(@f)$("\${words[1]}" completion __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  local directive="\${lines[-1]#:}" line
  for line in "\${(@)lines[1,-2]}"; do
    if [[ $line == *$'\\t'* ]]; then
      candidates+=("\${\${line%%$'\\t'*}//:/\\\\:}:\${line#*$'\\t'}")
    else
      candidates+=("\${line//:/\\\\:}")
    fi
  done
  if ((\${#candidates} > 0)); then
    _describe -t trib trib candidates
  elif (((directive & 4) == 0)); then
    _files
  fi
}
compdef _trib trib
`;

const fish = `# fish completion for trib. Load it with:  trib completion fish | source
function __trib_complete
    set -l words (commandline -opc)
    set -l program $words[1]
    set -e words[1]
    set -l lines ($program completion __complete -- $words (commandline -ct) 2>/dev/null)
    test (count $lines) -gt 0; or return
    set -l directive (string replace ':' '' -- $lines[-1])
    set -e lines[-1]
    if test (count $lines) -gt 0
        printf '%s\\n' $lines
    else if test (math "bitand($directive, 4)") -eq 0
        __fish_complete_path (commandline -ct)
    end
end
complete -c trib -f -a '(__trib_complete)'
`;

export const COMPLETION_SCRIPTS: Record<Shell, string> = { bash, zsh, fish };
