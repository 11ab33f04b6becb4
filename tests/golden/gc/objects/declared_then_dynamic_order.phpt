--TEST--
Traversal visits declared properties before dynamic ones: destructor order shows it
--FILE--
<?php
#[AllowDynamicProperties]
class N { public $first; function __construct(public $name) {} function __destruct() { echo "~{$this->name} "; } }
$root = new N('root');
$root->dyn = new N('dyn');
$root->first = new N('first');
$root->dyn->back = $root;
$root->first->back = $root;
$root = null;
echo "\n", gc_collect_cycles(), "\n";
--EXPECT--
~root ~dyn ~first 3
