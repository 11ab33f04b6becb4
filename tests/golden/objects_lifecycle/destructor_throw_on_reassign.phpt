--TEST--
a destructor throwing when assignment, unset or a discarded result releases its object stops the statements after it
--FILE--
<?php
class T { function __construct(public $n) {} function __destruct() { echo "destruct {$this->n}\n"; if ($this->n !== 'quiet') throw new RuntimeException("from {$this->n}"); } }
try { $t = new T('a'); $t = new T('quiet'); echo "not reached?\n"; } catch (RuntimeException $e) { echo "caught ", $e->getMessage(), "\n"; }
try { $u = new T('b'); unset($u); echo "not reached\n"; } catch (RuntimeException $e) { echo "caught ", $e->getMessage(), "\n"; }
function make() { return new T('c'); }
try { make(); echo "not reached\n"; } catch (RuntimeException $e) { echo "caught ", $e->getMessage(), "\n"; }
try { $v = new T('d'); $v = null; echo "not reached\n"; } catch (RuntimeException $e) { echo "caught ", $e->getMessage(), "\n"; }
echo "end\n";
--EXPECT--
destruct a
caught from a
destruct b
caught from b
destruct c
caught from c
destruct d
caught from d
end
destruct quiet
